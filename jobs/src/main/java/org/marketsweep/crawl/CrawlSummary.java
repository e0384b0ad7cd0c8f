package org.marketsweep.crawl;

import java.time.Duration;
import java.util.List;

/**
 * Totals of a finished crawl.
 *
 * @param pagesFetched HTTP responses received for pages and sitemaps (each retry and redirect hop counts; robots.txt does not)
 * @param productsExtracted pages with an extracted product
 * @param removed pages marked removed
 * @param failures every URL that could not be crawled, with the reason
 * @param retries retries performed
 * @param bytesFetched body bytes received for pages, sitemaps and robots.txt
 * @param robotsDisallowed URLs not fetched because robots.txt disallows them (also in failures)
 * @param notCrawled URLs still queued when a limit stopped the crawl
 * @param elapsed wall time
 * @param stopReason why the crawl ended: "completed", "max_pages", "max_crawl_time" or "interrupted"
 */
public record CrawlSummary(long pagesFetched, long productsExtracted, long removed, List<CrawlFailure> failures,
    long retries, long bytesFetched, long robotsDisallowed, long notCrawled, Duration elapsed, String stopReason) {

  public CrawlSummary {
    failures = List.copyOf(failures);
  }
}
