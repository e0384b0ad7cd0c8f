package org.marketsweep.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of a running crawl; {@link #snapshot} feeds {@link CrawlProgress}. */
final class CrawlStats {
  final AtomicLong pagesFetched = new AtomicLong();
  final AtomicLong products = new AtomicLong();
  final AtomicLong removed = new AtomicLong();
  final AtomicLong retries = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();
  final AtomicLong robotsDisallowed = new AtomicLong();
  private final List<CrawlFailure> failures = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  void failure(CrawlFailure f) {
    synchronized (failures) {
      failures.add(f);
    }
  }

  int failureCount() {
    synchronized (failures) {
      return failures.size();
    }
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  CrawlProgress.Snapshot snapshot(int queued) {
    return new CrawlProgress.Snapshot(pagesFetched.get(), queued, failureCount(), products.get(), elapsed());
  }

  CrawlSummary summary(long notCrawled, String stopReason) {
    synchronized (failures) {
      return new CrawlSummary(pagesFetched.get(), products.get(), removed.get(), failures, retries.get(), bytes.get(),
          robotsDisallowed.get(), notCrawled, elapsed(), stopReason);
    }
  }
}
