package org.marketsweep.crawl;

import java.net.URI;
import java.util.List;

/**
 * One URL to fetch.
 *
 * @param url the URL to request now
 * @param origin the URL as first queued (before redirects)
 * @param type how to treat the page
 * @param depth link hops from the seed
 * @param attempt 1 for the first try, incremented per retry
 * @param redirects URLs already visited in this redirect chain (origin first)
 * @param notBeforeNanos {@link System#nanoTime()} before which the task must not start
 */
record CrawlTask(URI url, URI origin, SeedType type, int depth, int attempt, List<URI> redirects,
    long notBeforeNanos) {

  static CrawlTask of(URI url, SeedType type, int depth) {
    return new CrawlTask(url, url, type, depth, 1, List.of(), 0);
  }

  CrawlTask retry(long notBeforeNanos) {
    return new CrawlTask(url, origin, type, depth, attempt + 1, redirects, notBeforeNanos);
  }

  CrawlTask redirectTo(URI target) {
    List<URI> chain = new java.util.ArrayList<>(redirects);
    chain.add(url);
    return new CrawlTask(target, origin, type, depth, 1, List.copyOf(chain), 0);
  }

  String host() {
    return Urls.hostKey(url);
  }
}
