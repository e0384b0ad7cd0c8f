package org.marketsweep.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The queue of URLs, one FIFO per host, handing out only tasks whose host is free: fewer than
 * max_concurrency_per_host requests running, and the host's delay since its last request passed.
 * {@link #take} blocks until such a task exists and returns {@code null} once nothing is queued or
 * running, or the frontier was closed.
 */
final class Frontier {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
  private final Set<URI> seen = new HashSet<>();
  private final int maxPerHost;
  private final long defaultDelayNanos;
  private int queued;
  private int running;
  private boolean closed;

  private static final class HostQueue {
    final Deque<CrawlTask> tasks = new ArrayDeque<>();
    long nextStartNanos;
    long delayNanos;
    int active;
  }

  Frontier(int maxPerHost, long defaultDelayNanos) {
    this.maxPerHost = maxPerHost;
    this.defaultDelayNanos = defaultDelayNanos;
  }

  /** Queues a new URL unless it was queued before; returns whether it was added. */
  boolean offer(CrawlTask task) {
    lock.lock();
    try {
      if (closed || !seen.add(task.url())) {
        return false;
      }
      host(task.host()).tasks.addLast(task);
      queued++;
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Queues a retry or redirect hop at the front of its host's queue, bypassing de-duplication. */
  void requeue(CrawlTask task) {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      seen.add(task.url());
      host(task.host()).tasks.addFirst(task);
      queued++;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Sets the minimum pause between two requests to {@code host}. */
  void setDelay(String host, long delayNanos) {
    lock.lock();
    try {
      host(host).delayNanos = delayNanos;
    } finally {
      lock.unlock();
    }
  }

  /** Delays every request to {@code host} until {@code untilNanos} (e.g. after 429 Retry-After). */
  void pauseHost(String host, long untilNanos) {
    lock.lock();
    try {
      HostQueue q = host(host);
      if (untilNanos - q.nextStartNanos > 0) {
        q.nextStartNanos = untilNanos;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Next runnable task, waiting as needed; null when the crawl has nothing left or was closed. */
  CrawlTask take() throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (closed || (queued == 0 && running == 0)) {
          changed.signalAll();
          return null;
        }
        long now = System.nanoTime();
        long wait = Long.MAX_VALUE;
        for (Map.Entry<String, HostQueue> e : hosts.entrySet()) {
          HostQueue q = e.getValue();
          if (q.tasks.isEmpty() || q.active >= maxPerHost) {
            continue;
          }
          long notBefore = q.tasks.peekFirst().notBeforeNanos();
          long readyAt = notBefore == 0 || notBefore - q.nextStartNanos < 0 ? q.nextStartNanos : notBefore;
          if (readyAt - now <= 0) {
            CrawlTask t = q.tasks.pollFirst();
            q.active++;
            q.nextStartNanos = now + q.delayNanos;
            queued--;
            running++;
            return t;
          }
          wait = Math.min(wait, readyAt - now);
        }
        if (wait == Long.MAX_VALUE) {
          changed.await();
        } else {
          changed.awaitNanos(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1)));
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Marks a task taken by {@link #take} finished; the host's delay counts from now. */
  void done(CrawlTask task) {
    lock.lock();
    try {
      HostQueue q = host(task.host());
      q.active--;
      long earliest = System.nanoTime() + q.delayNanos;
      if (earliest - q.nextStartNanos > 0) {
        q.nextStartNanos = earliest;
      }
      running--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops handing out tasks; returns how many were still queued. */
  int close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
      return queued;
    } finally {
      lock.unlock();
    }
  }

  int queued() {
    lock.lock();
    try {
      return queued;
    } finally {
      lock.unlock();
    }
  }

  private HostQueue host(String key) {
    return hosts.computeIfAbsent(key, k -> {
      HostQueue q = new HostQueue();
      q.delayNanos = defaultDelayNanos;
      q.nextStartNanos = System.nanoTime();
      return q;
    });
  }
}
