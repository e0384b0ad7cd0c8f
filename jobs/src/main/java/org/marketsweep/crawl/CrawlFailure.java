package org.marketsweep.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A URL that could not be crawled and why, e.g. "read timeout: no data for 500 ms from http://…".
 *
 * @param url the URL as queued
 * @param reason human-readable reason naming the limit or status involved
 */
public record CrawlFailure(URI url, String reason) {
  public CrawlFailure {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reason, "reason");
  }
}
