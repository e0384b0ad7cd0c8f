package org.marketsweep.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt rules per host (scheme + host + port), fetched once per crawl with our User-Agent and
 * parsed by crawler-commons for the "marketsweep" agent. A 4xx robots.txt allows everything; a 5xx
 * or unreachable one disallows everything (RFC 9309). Redirects are followed on the same host.
 */
final class RobotsCache {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
  private static final int MAX_ROBOTS_REDIRECTS = 5;

  private final HttpFetcher fetcher;
  private final CrawlStats stats;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 50);
  private final ConcurrentMap<String, CompletableFuture<BaseRobotRules>> rules = new ConcurrentHashMap<>();

  RobotsCache(HttpFetcher fetcher, CrawlStats stats) {
    this.fetcher = fetcher;
    this.stats = stats;
  }

  /** Rules for the host of {@code url}; the calling thread fetches them if no one has yet. */
  BaseRobotRules rulesFor(URI url) throws InterruptedException {
    String key = url.getScheme() + "://" + Urls.hostKey(url);
    CompletableFuture<BaseRobotRules> mine = new CompletableFuture<>();
    CompletableFuture<BaseRobotRules> existing = rules.putIfAbsent(key, mine);
    if (existing == null) {
      try {
        mine.complete(fetch(URI.create(key + "/robots.txt")));
      } catch (InterruptedException | RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    try {
      return existing.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("robots.txt of " + key + " could not be loaded", e.getCause());
    }
  }

  private BaseRobotRules fetch(URI robotsUrl) throws InterruptedException {
    URI current = robotsUrl;
    for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
      FetchResult r = fetcher.fetch(current, "text/plain,*/*;q=0.5");
      stats.bytes.addAndGet(r.body().length);
      if (!r.ok()) {
        LOG.warn("robots.txt {} unavailable ({}); treating host as disallowed", current, r.errorDetail());
        return parser.failedFetch(503);
      }
      int status = r.status();
      if (status >= 300 && status < 400 && r.location() != null) {
        URI next = Urls.normalize(Urls.resolve(current.toString(), r.location())).orElse(null);
        if (next == null || !next.getHost().equalsIgnoreCase(current.getHost())) {
          LOG.info("robots.txt {} redirects off-host to {}; allowing all", current, r.location());
          return parser.failedFetch(404);
        }
        current = next;
        continue;
      }
      if (status >= 200 && status < 300) {
        BaseRobotRules parsed = parser.parseContent(current.toString(), r.body(),
            r.contentType() == null ? "text/plain" : r.contentType(), List.of(CrawlConfig.AGENT_NAME));
        LOG.debug("robots.txt {}: crawl-delay {} ms", current, parsed.getCrawlDelay());
        return parsed;
      }
      if (status >= 500) {
        LOG.warn("robots.txt {} returned HTTP {}; treating host as disallowed", current, status);
      }
      return parser.failedFetch(status);
    }
    LOG.warn("robots.txt {} redirected more than {} times; allowing all", robotsUrl, MAX_ROBOTS_REDIRECTS);
    return parser.failedFetch(404);
  }
}
