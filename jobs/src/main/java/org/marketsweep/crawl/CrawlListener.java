package org.marketsweep.crawl;

/**
 * Receives each crawled URL's outcome as soon as it is known. Called from several crawler threads
 * at once: implementations must be thread-safe. An exception thrown here is logged and recorded as
 * a failure of that URL; it does not stop the crawl.
 */
@FunctionalInterface
public interface CrawlListener {
  void onPage(CrawledPage page);

  /** A listener that ignores everything. */
  static CrawlListener none() {
    return page -> { };
  }
}
