package org.marketsweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * Runs one piece of work over many listings on a number of threads and measures it: wall
 * time, and the CPU time the working threads used (steadier than wall time on a shared host,
 * and what "per core" divides by).
 *
 * @param items listings processed
 * @param wallNanos from the first thread's start to the last thread's end
 * @param cpuNanos CPU time of the working threads, summed
 */
record Throughput(long items, int threads, long wallNanos, long cpuNanos) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Listings a thread takes at a time. */
  private static final int CHUNK = 64;

  /** Listings per second of CPU time: the throughput of one core. */
  double perCore() {
    return items / (cpuNanos / 1e9);
  }

  /** Listings per second of wall time, all threads together. */
  double perSecond() {
    return items / (wallNanos / 1e9);
  }

  /**
   * Calls {@code work} with {@code index(0) … index(items - 1)} on {@code threads} new threads.
   * A failure in any thread is rethrown.
   */
  static Throughput measure(int threads, long items, LongUnaryOperator index, LongConsumer work) {
    ExecutorService pool = workers(threads);
    try {
      return measure(pool, threads, items, index, work);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExecutorService workers(int threads) {
    AtomicInteger made = new AtomicInteger();
    return Executors.newFixedThreadPool(threads,
        r -> new Thread(r, "bench-worker-" + made.getAndIncrement()));
  }

  /** {@link #measure(int, long, LongUnaryOperator, LongConsumer)} on the threads of {@code pool}. */
  private static Throughput measure(ExecutorService pool, int threads, long items,
      LongUnaryOperator index, LongConsumer work) {
    AtomicLong next = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable loop = () -> {
      long start = THREADS.getCurrentThreadCpuTime();
      try {
        for (long from = next.getAndAdd(CHUNK); from < items && failure.get() == null;
            from = next.getAndAdd(CHUNK)) {
          for (long i = from; i < Math.min(items, from + CHUNK); i++) {
            work.accept(index.applyAsLong(i));
          }
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      } finally {
        cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
      }
    };
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(loop));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while measuring", e);
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      }
    }
    long wall = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("A benchmark thread failed: " + failure.get(),
          failure.get());
    }
    return new Throughput(items, threads, wall, Math.max(1, cpu.get()));
  }

  /**
   * Measures several pieces of work over the same {@code items} listings side by side: the
   * listings are taken in chunks of {@code chunk}, and each chunk is worked through by every
   * piece of work in turn, on {@code threads} threads, the order reversed every other chunk.
   * A host whose speed drifts during the run (a shared machine) then slows them alike, so
   * their ratio holds. The same threads work every chunk, as a server's or Spark's worker
   * threads go from one batch of listings to the next (with what each thread keeps: the
   * analyzers' reused streams, the matcher's per-thread word cache). One result per piece of
   * work, each summing its chunks' times.
   */
  static List<Throughput> alternate(int threads, long items, long chunk,
      List<LongConsumer> works) {
    if (chunk < 1) {
      throw new IllegalArgumentException("Chunk must be positive: " + chunk);
    }
    long[] wall = new long[works.size()];
    long[] cpu = new long[works.size()];
    ExecutorService pool = workers(threads);
    try {
      long round = 0;
      for (long from = 0; from < items; from += chunk, round++) {
        long start = from;
        long count = Math.min(chunk, items - from);
        for (int k = 0; k < works.size(); k++) {
          int w = round % 2 == 0 ? k : works.size() - 1 - k;
          Throughput t = measure(pool, threads, count, i -> start + i, works.get(w));
          wall[w] += t.wallNanos();
          cpu[w] += t.cpuNanos();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Throughput> out = new ArrayList<>();
    for (int w = 0; w < works.size(); w++) {
      out.add(new Throughput(items, threads, Math.max(1, wall[w]), Math.max(1, cpu[w])));
    }
    return out;
  }
}
