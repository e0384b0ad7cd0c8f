package org.marketsweep.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of crawling one URL, delivered to {@link CrawlListener#onPage}.
 *
 * <ul>
 *   <li>product page: {@code product != null}, {@code removed == false}</li>
 *   <li>other page (category, sitemap, no product data): {@code product == null}, no failure</li>
 *   <li>removed listing (404/410 or ended marker): {@code removed == true}, {@code removedReason} set,
 *       {@code fetchedAt} is when the removal was seen; {@code product} may still be set for a marker</li>
 *   <li>failure (timeout, too large, robots, redirect loop, HTTP 4xx/5xx after retries...):
 *       {@code failureReason != null}, {@code status} is the last HTTP status or 0</li>
 * </ul>
 *
 * @param url URL as queued (seed, link or sitemap entry)
 * @param finalUrl URL after redirects (equals {@code url} if none)
 * @param status last HTTP status, 0 if none
 * @param fetchedAt when the final request started (or when the failure was decided)
 * @param product extracted product, or null
 * @param removed whether the listing is gone
 * @param removedReason e.g. "HTTP 410", "marker phrase 'This listing has ended'", or null
 * @param failureReason why the URL could not be crawled, or null
 * @param depth link hops from the seed
 * @param sha256 SHA-256 of the stored evidence body, or null if none was stored
 */
public record CrawledPage(URI url, URI finalUrl, int status, Instant fetchedAt, ExtractedProduct product,
    boolean removed, String removedReason, String failureReason, int depth, String sha256) {

  public CrawledPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  public boolean failed() {
    return failureReason != null;
  }
}
