package org.marketsweep.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls seeds politely and reports every URL's outcome to a {@link CrawlListener}. See the package
 * documentation for the rules it follows. A {@code Crawler} may run several crawls one after the
 * other; each {@link #crawl} call blocks until that crawl ends and uses {@code config.threads()}
 * threads of its own.
 */
public final class Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  private static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
  private static final String ACCEPT_XML = "application/xml,text/xml;q=0.9,*/*;q=0.8";

  private final CrawlConfig config;
  private final SiteProfiles profiles;
  private final EvidenceSink evidence;
  private final CrawlProgress progress;
  private final ProductExtractor extractor = new ProductExtractor();
  private final RemovalDetector removal = new RemovalDetector();
  private final RetryPolicy retryPolicy;

  private Crawler(Builder b) {
    this.config = b.config;
    this.profiles = b.profiles;
    this.evidence = b.evidence;
    this.progress = b.progress;
    this.retryPolicy = new RetryPolicy(config);
  }

  /**
   * Crawls with the built-in site profiles plus those listed in {@code config.profiles()}, no
   * evidence kept and progress shown ({@link CrawlProgress#auto}).
   */
  public static CrawlSummary crawl(List<Seed> seeds, CrawlConfig config, CrawlListener listener)
      throws IOException, InterruptedException {
    return builder(config).progress(CrawlProgress.auto(config.progressInterval())).build().crawl(seeds, listener);
  }

  /** A builder whose profiles are the built-in ones plus {@code config.profiles()} (loaded now). */
  public static Builder builder(CrawlConfig config) throws IOException {
    return new Builder(config);
  }

  /** Runs one crawl to completion (or until a limit) and returns its totals. */
  public CrawlSummary crawl(List<Seed> seeds, CrawlListener listener) throws InterruptedException {
    Objects.requireNonNull(listener, "listener");
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("No seeds to crawl");
    }
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      return new Run(seeds, listener, fetcher).execute();
    }
  }

  /** Configures a {@link Crawler}. */
  public static final class Builder {
    private final CrawlConfig config;
    private SiteProfiles profiles;
    private EvidenceSink evidence = EvidenceSink.discard();
    private CrawlProgress progress;

    private Builder(CrawlConfig config) throws IOException {
      this.config = Objects.requireNonNull(config, "config");
      SiteProfiles p = SiteProfiles.builtIn();
      List<String> files = new ArrayList<>(config.profiles());
      java.util.Collections.reverse(files);
      for (String file : files) {
        p = p.withFirst(SiteProfile.load(Path.of(file)));
      }
      this.profiles = p;
    }

    /** Replaces the site profiles. */
    public Builder profiles(SiteProfiles v) {
      profiles = Objects.requireNonNull(v, "profiles");
      return this;
    }

    /** Adds a profile searched before all others (the CLI's {@code --profile FILE}). */
    public Builder addProfile(SiteProfile v) {
      profiles = profiles.withFirst(v);
      return this;
    }

    /** Where raw page bytes go; default: discarded. */
    public Builder evidenceSink(EvidenceSink v) {
      evidence = Objects.requireNonNull(v, "evidenceSink");
      return this;
    }

    /** Progress display, or null for none (the default). */
    public Builder progress(CrawlProgress v) {
      progress = v;
      return this;
    }

    public Crawler build() {
      return new Crawler(this);
    }
  }

  /** Host without a leading "www.", lower-case: example.com and www.example.com are one site. */
  static String siteOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** State of one crawl. */
  private final class Run {
    private final List<Seed> seeds;
    private final CrawlListener listener;
    private final HttpFetcher fetcher;
    private final CrawlStats stats = new CrawlStats();
    private final Frontier frontier;
    private final RobotsCache robots;
    private final AddressGuard guard = new AddressGuard(config.allowPrivateAddresses());
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private final AtomicLong fetchBudget = new AtomicLong();
    private final AtomicReference<String> stopReason = new AtomicReference<>();
    private final Set<String> delaySet = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Run(List<Seed> seeds, CrawlListener listener, HttpFetcher fetcher) {
      this.seeds = seeds;
      this.listener = listener;
      this.fetcher = fetcher;
      this.frontier = new Frontier(config.maxConcurrencyPerHost(), config.minDelayPerHost().toNanos());
      this.robots = new RobotsCache(fetcher, stats);
      for (Seed s : seeds) {
        allowedHosts.add(siteOf(s.url().getHost()));
      }
      config.extraAllowedHosts().forEach(h -> allowedHosts.add(siteOf(h)));
    }

    CrawlSummary execute() throws InterruptedException {
      for (Seed s : seeds) {
        frontier.offer(CrawlTask.of(s.url(), s.type(), 0));
      }
      LOG.info("Crawl starting: {} seeds, hosts {}, user agent '{}'", seeds.size(), allowedHosts, config.userAgent());
      if (progress != null) {
        progress.start(() -> stats.snapshot(frontier.queued()));
      }
      ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
        Thread t = new Thread(r, "crawler-" + System.identityHashCode(r));
        t.setDaemon(true);
        return t;
      });
      try {
        for (int i = 0; i < config.threads(); i++) {
          pool.execute(this::work);
        }
        pool.shutdown();
        if (!pool.awaitTermination(config.maxCrawlTime().toMillis(), TimeUnit.MILLISECONDS)) {
          stopReason.compareAndSet(null, "max_crawl_time");
          LOG.warn("Crawl reached max_crawl_time {}; finishing running fetches", config.maxCrawlTime());
          frontier.close();
          long grace = config.readTimeout().plus(config.pageTimeout()).plusSeconds(5).toMillis();
          if (!pool.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
          }
        }
      } catch (InterruptedException e) {
        stopReason.compareAndSet(null, "interrupted");
        frontier.close();
        pool.shutdownNow();
        throw e;
      } finally {
        if (progress != null) {
          progress.close();
        }
      }
      int left = frontier.close();
      CrawlSummary summary = stats.summary(left, stopReason.get() == null ? "completed" : stopReason.get());
      LOG.info("Crawl finished ({}): {} pages fetched, {} products, {} removed, {} failures, {} retries, {} bytes, {} s",
          summary.stopReason(), summary.pagesFetched(), summary.productsExtracted(), summary.removed(),
          summary.failures().size(), summary.retries(), summary.bytesFetched(), summary.elapsed().toSeconds());
      return summary;
    }

    private void work() {
      try {
        CrawlTask task;
        while ((task = frontier.take()) != null) {
          try {
            process(task);
          } catch (RuntimeException e) {
            LOG.error("Unexpected error crawling {}", task.url(), e);
            fail(task, 0, "internal error crawling " + task.url() + ": " + e);
          } finally {
            frontier.done(task);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void process(CrawlTask task) throws InterruptedException {
      URI url = task.url();
      String host = url.getHost().toLowerCase(Locale.ROOT);
      if (!allowed(host)) {
        fail(task, 0, "off-site URL " + url + ": host '" + host + "' is not a seed site " + allowedHosts);
        return;
      }
      Optional<String> refusal = guard.refusal(url.getHost());
      if (refusal.isPresent()) {
        fail(task, 0, "refused " + url + ": " + refusal.get());
        return;
      }
      BaseRobotRules rules = robots.rulesFor(url);
      applyCrawlDelay(task.host(), rules);
      if (!rules.isAllowed(url.toString())) {
        stats.robotsDisallowed.incrementAndGet();
        fail(task, 0, "disallowed by robots.txt for " + CrawlConfig.AGENT_NAME + ": " + url);
        return;
      }
      if (fetchBudget.incrementAndGet() > config.maxPages()) {
        stopReason.compareAndSet(null, "max_pages");
        frontier.requeue(task);
        frontier.close();
        return;
      }
      FetchResult r = fetcher.fetch(url, task.type() == SeedType.SITEMAP ? ACCEPT_XML : ACCEPT_HTML);
      if (r.status() > 0) {
        stats.pagesFetched.incrementAndGet();
      }
      stats.bytes.addAndGet(r.body().length);
      if (RetryPolicy.isRetryable(r)) {
        retryOrFail(task, r);
        return;
      }
      if (!r.ok()) {
        fail(task, r.status(), r.errorDetail());
        return;
      }
      int status = r.status();
      if (status >= 300 && status < 400 && r.location() != null) {
        redirect(task, r);
        return;
      }
      if (status >= 200 && status < 300) {
        long t0 = System.nanoTime();
        String sha = store(task, r);
        long t1 = System.nanoTime();
        if (task.type() == SeedType.SITEMAP) {
          sitemap(task, r);
          deliver(new CrawledPage(task.origin(), url, status, r.fetchedAt(), null, false, null, null, task.depth(), sha));
        } else {
          page(task, r, sha);
        }
        LOG.debug("{}: {} bytes fetched in {} ms, evidence {} ms, processed in {} ms", url, r.body().length,
            r.elapsed().toMillis(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return;
      }
      Optional<String> removed = removal.removedByStatus(status);
      if (removed.isPresent()) {
        String sha = store(task, r);
        stats.removed.incrementAndGet();
        deliver(new CrawledPage(task.origin(), url, status, r.fetchedAt(), null, true, removed.get(), null,
            task.depth(), sha));
        return;
      }
      fail(task, status, "HTTP " + status + " from " + url);
    }

    /** A seed's host, its "www." twin, or an extra allowed host. */
    private boolean allowed(String host) {
      return allowedHosts.contains(siteOf(host));
    }

    private void applyCrawlDelay(String hostKey, BaseRobotRules rules) {
      if (!delaySet.add(hostKey)) {
        return;
      }
      long delay = config.minDelayPerHost().toMillis();
      long crawlDelay = rules.getCrawlDelay();
      if (crawlDelay > 0) {
        long capped = Math.min(crawlDelay, config.maxCrawlDelay().toMillis());
        delay = Math.max(delay, capped);
        LOG.info("robots.txt of {} asks Crawl-delay {} ms; using {} ms between requests", hostKey, crawlDelay, delay);
      }
      frontier.setDelay(hostKey, TimeUnit.MILLISECONDS.toNanos(delay));
    }

    private void retryOrFail(CrawlTask task, FetchResult r) {
      String what = r.ok() ? "HTTP " + r.status() + " from " + task.url() : r.errorDetail();
      if (!retryPolicy.mayRetry(task.attempt())) {
        fail(task, r.status(), what + " (gave up after " + task.attempt() + " attempts)");
        return;
      }
      Duration delay = retryPolicy.delay(r, task.attempt(), Instant.now());
      long at = System.nanoTime() + delay.toNanos();
      if (r.retryAfter() != null) {
        frontier.pauseHost(task.host(), at);
      }
      stats.retries.incrementAndGet();
      LOG.info("Retrying {} in {} ms (attempt {} of {}): {}", task.url(), delay.toMillis(), task.attempt() + 1,
          config.maxRetries() + 1, what);
      frontier.requeue(task.retry(at));
    }

    private void redirect(CrawlTask task, FetchResult r) {
      URI url = task.url();
      Optional<URI> target = Urls.normalize(Urls.resolve(url.toString(), r.location()));
      if (target.isEmpty()) {
        fail(task, r.status(), "invalid redirect Location '" + r.location() + "' from " + url);
        return;
      }
      URI next = target.get();
      List<URI> chain = new ArrayList<>(task.redirects());
      chain.add(url);
      if (chain.contains(next)) {
        fail(task, r.status(), "redirect loop: " + join(chain) + " -> " + next);
        return;
      }
      if (chain.size() > config.maxRedirects()) {
        fail(task, r.status(), "too many redirects (max_redirects " + config.maxRedirects() + "): " + join(chain)
            + " -> " + next);
        return;
      }
      if (!allowed(next.getHost())) {
        fail(task, r.status(), "redirect from " + url + " to off-site host '" + next.getHost() + "' not followed");
        return;
      }
      frontier.requeue(task.redirectTo(next));
    }

    private void page(CrawlTask task, FetchResult r, String sha) {
      URI url = task.url();
      String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
      if (!type.isEmpty() && !type.contains("html") && !type.contains("xml")) {
        deliver(new CrawledPage(task.origin(), url, r.status(), r.fetchedAt(), null, false, null, null,
            task.depth(), sha));
        return;
      }
      HtmlDecoder.Decoded decoded = HtmlDecoder.decode(r.body(), r.contentType());
      Document doc = Jsoup.parse(decoded.text(), url.toString());
      SiteProfile profile = profiles.forHost(url.getHost());
      Optional<ExtractedProduct> product = extractor.extract(doc, profile);
      Optional<String> removed = removal.removedByContent(doc,
          profile == null ? RemovalRules.DEFAULT : profile.removal());
      product.ifPresent(p -> stats.products.incrementAndGet());
      removed.ifPresent(reason -> stats.removed.incrementAndGet());
      // A category seed's links are always followed; a page reached by a link only if it is not a listing.
      boolean listing = product.isPresent() && task.depth() > 0;
      if (task.type() == SeedType.CATEGORY && !listing && config.followLinks()
          && task.depth() < config.maxDepth() && !metaRobots(doc).contains("nofollow")) {
        for (URI link : links(doc, profile)) {
          frontier.offer(CrawlTask.of(link, SeedType.CATEGORY, task.depth() + 1));
        }
      }
      deliver(new CrawledPage(task.origin(), url, r.status(), r.fetchedAt(), product.orElse(null),
          removed.isPresent(), removed.orElse(null), null, task.depth(), sha));
    }

    private List<URI> links(Document doc, SiteProfile profile) {
      List<Element> anchors = new ArrayList<>();
      if (profile != null && !profile.productLinks().isEmpty()) {
        for (String selector : profile.productLinks()) {
          anchors.addAll(doc.select(selector));
        }
      } else {
        anchors.addAll(doc.select("a[href], area[href]"));
      }
      Set<URI> out = new LinkedHashSet<>();
      for (Element a : anchors) {
        if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
          continue;
        }
        Optional<URI> u = Urls.normalize(a.absUrl("href"));
        if (u.isEmpty() || !allowed(u.get().getHost())) {
          continue;
        }
        String s = u.get().toString();
        if (!config.linkIncludePatterns().isEmpty()
            && config.linkIncludePatterns().stream().noneMatch(p -> p.matcher(s).find())) {
          continue;
        }
        if (config.linkExcludePatterns().stream().anyMatch(p -> p.matcher(s).find())) {
          continue;
        }
        out.add(u.get());
      }
      return new ArrayList<>(out);
    }

    private String metaRobots(Document doc) {
      StringBuilder sb = new StringBuilder();
      for (Element m : doc.select("meta[name~=(?i)^(robots|" + CrawlConfig.AGENT_NAME + ")$][content]")) {
        sb.append(m.attr("content").toLowerCase(Locale.ROOT)).append(',');
      }
      return sb.toString();
    }

    private void sitemap(CrawlTask task, FetchResult r) {
      SiteMapParser parser = new SiteMapParser(false);
      AbstractSiteMap map;
      try {
        map = parser.parseSiteMap(r.contentType() == null ? "application/xml" : r.contentType(), r.body(),
            task.url().toURL());
      } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
        fail(task, r.status(), "unreadable sitemap " + task.url() + ": " + e.getMessage());
        return;
      }
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          Urls.normalize(child.getUrl().toString())
              .filter(u -> allowed(u.getHost()))
              .ifPresent(u -> frontier.offer(CrawlTask.of(u, SeedType.SITEMAP, task.depth())));
        }
      } else if (map instanceof SiteMap siteMap) {
        for (SiteMapURL entry : siteMap.getSiteMapUrls()) {
          Urls.normalize(entry.getUrl().toString())
              .filter(u -> allowed(u.getHost()))
              .ifPresent(u -> frontier.offer(CrawlTask.of(u, SeedType.LISTING, task.depth() + 1)));
        }
      }
    }

    private String store(CrawlTask task, FetchResult r) {
      Evidence e = Evidence.of(task.origin(), task.url(), r.status(), r.fetchedAt(), r.contentType(), r.body());
      try {
        evidence.store(e);
        return e.sha256();
      } catch (IOException | RuntimeException ex) {
        LOG.error("Evidence of {} not stored", task.url(), ex);
        stats.failure(new CrawlFailure(task.origin(), "evidence not stored for " + task.url() + ": " + ex));
        return null;
      }
    }

    private void fail(CrawlTask task, int status, String reason) {
      LOG.warn("Crawl failure: {}", reason);
      stats.failure(new CrawlFailure(task.origin(), reason));
      deliver(new CrawledPage(task.origin(), task.url(), status, Instant.now(), null, false, null, reason,
          task.depth(), null));
    }

    private void deliver(CrawledPage page) {
      try {
        listener.onPage(page);
      } catch (RuntimeException e) {
        LOG.error("Crawl listener failed on {}", page.url(), e);
        stats.failure(new CrawlFailure(page.url(), "listener failed: " + e));
      }
    }

    private String join(List<URI> chain) {
      return String.join(" -> ", chain.stream().map(URI::toString).toList());
    }
  }
}
