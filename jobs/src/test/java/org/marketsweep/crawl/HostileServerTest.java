package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The crawler against a misbehaving server: every limit must hold and every failure be reported. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileServerTest {
  private static final String PRODUCT = "<html><head><title>Widget</title><script type=\"application/ld+json\">"
      + "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"%s\","
      + "\"offers\":{\"@type\":\"Offer\",\"price\":\"19.99\",\"priceCurrency\":\"EUR\"}}</script></head>"
      + "<body><h1>%s</h1></body></html>";
  private static final AtomicLong HUGE_BYTES_SENT = new AtomicLong();
  private static TestServer server;

  static String product(String name) {
    return String.format(PRODUCT, name, name);
  }

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer();
    server.on("/robots.txt", TestServer.status(404));
    server.on("/slow-headers", ex -> {
      Thread.sleep(5_000);
      TestServer.send(ex, 200, "text/html", product("late").getBytes(StandardCharsets.UTF_8));
    });
    server.on("/slow-body", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      out.write("<html><head><title>stalling".getBytes(StandardCharsets.UTF_8));
      out.flush();
      Thread.sleep(5_000);
      out.write("</title></head></html>".getBytes(StandardCharsets.UTF_8));
      out.close();
    });
    server.on("/loop/a", TestServer.redirect(302, "/loop/b"));
    server.on("/loop/b", TestServer.redirect(301, "/loop/a"));
    server.on("/moved", TestServer.redirect(301, "/target"));
    server.on("/target", TestServer.html(product("Moved Widget")));
    server.on("/away", TestServer.redirect(302, "http://offsite.invalid/x"));
    server.on("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length, the limit must cut the stream
      byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(1600).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = ex.getResponseBody()) {
        long total = 20L * 1024 * 1024;
        for (long sent = 0; sent < total; sent += chunk.length) {
          out.write(chunk);
          HUGE_BYTES_SENT.addAndGet(chunk.length);
        }
      }
    });
    server.on("/huge-announced", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 20L * 1024 * 1024);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(new byte[64 * 1024]);
      }
    });
    byte[] latin1 = product("Café Crème Brûlée").getBytes(StandardCharsets.ISO_8859_1);
    server.on("/latin1-declared-utf8", TestServer.bytes("text/html; charset=utf-8", latin1));
    server.on("/latin1-undeclared", TestServer.bytes("text/html", latin1));
    server.on("/latin1-meta", TestServer.bytes("text/html",
        ("<html><head><meta charset=\"iso-8859-1\"></head>" + product("Ærøskøbing Mug").substring(6))
            .getBytes(StandardCharsets.ISO_8859_1)));
    server.on("/rate-limited", TestServer.flaky(1, ex -> {
      ex.getResponseHeaders().set("Retry-After", "1");
      TestServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
    }, TestServer.html(product("Patient Widget"))));
    server.on("/flaky", TestServer.flaky(2, TestServer.status(500), TestServer.html(product("Recovered Widget"))));
    server.on("/always-500", TestServer.status(500));
    server.on("/always-429", ex -> {
      ex.getResponseHeaders().set("Retry-After", "1");
      TestServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
    });
    server.on("/malformed", TestServer.html("<html><head><title>Broken <b>page</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"Product\",\"name\":\"Broken &amp; Fixed\",\"offers\":{\"price\":\"1.299,99\",\"priceCurrency\":\"EUR\"},}"
        + "</script><body><div><p>unclosed <table><tr><td>cell</div></span></html></html><p>tail"));
    server.on("/gone", TestServer.status(410));
    server.on("/ended", TestServer.html("<html><head><title>Ivory carving</title></head><body><h1>Ivory carving</h1>"
        + "<div class=\"banner\">This listing has ended.</div></body></html>"));
    server.on("/discontinued", TestServer.html("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"Product\",\"name\":\"Old Widget\",\"offers\":{\"price\":5,\"priceCurrency\":\"USD\","
        + "\"availability\":\"https://schema.org/Discontinued\"}}</script></head><body>Sold out</body></html>"));
    moreRoutes();
  }

  private static void moreRoutes() throws IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
      gz.write(product("Zipped Widget").getBytes(StandardCharsets.UTF_8));
    }
    byte[] body = zipped.toByteArray();
    server.on("/gzipped", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "text/html; charset=utf-8", body);
    });
    String item = "<li itemscope itemtype=\"https://schema.org/Product\"><a itemprop=\"url\" href=\"%s\">"
        + "<span itemprop=\"name\">%s</span></a><span itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\">"
        + "<meta itemprop=\"price\" content=\"5\"><meta itemprop=\"priceCurrency\" content=\"USD\"></span></li>";
    server.on("/search?q=widget", TestServer.html("<html><body><ul>" + String.format(item, "/target", "Moved Widget")
        + String.format(item, "/discontinued", "Old Widget") + "</ul></body></html>"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static CrawlConfig.Builder config() {
    return CrawlConfig.builder()
        .allowPrivateAddresses(true)
        .minDelayPerHost(Duration.ZERO)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofMillis(500))
        .pageTimeout(Duration.ofSeconds(3))
        .maxPageBytes(1024 * 1024)
        .backoffInitial(Duration.ofMillis(50))
        .retryAfterMax(Duration.ofSeconds(2))
        .maxRetries(2);
  }

  private record Result(CrawlSummary summary, Map<URI, CrawledPage> pages) {
    CrawledPage page(String path) {
      CrawledPage p = pages.get(server.uri(path));
      assertNotNull(p, "no result for " + path + " in " + pages.keySet());
      return p;
    }
  }

  private static Result crawl(CrawlConfig config, String... listingPaths) throws Exception {
    Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
    List<Seed> seeds = java.util.Arrays.stream(listingPaths)
        .map(p -> Seed.of(SeedType.LISTING, server.base() + p)).toList();
    CrawlSummary summary = Crawler.builder(config).profiles(SiteProfiles.none()).build()
        .crawl(seeds, p -> pages.put(p.url(), p));
    return new Result(summary, pages);
  }

  @Test
  void slowResponsesHitTheReadTimeout() throws Exception {
    long t0 = System.nanoTime();
    Result r = crawl(config().maxRetries(0).build(), "/slow-headers", "/slow-body");
    assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(4), "timeouts not enforced");
    assertTrue(r.page("/slow-headers").failureReason().contains("read timeout"), r.page("/slow-headers").toString());
    assertTrue(r.page("/slow-body").failureReason().contains("read timeout"), r.page("/slow-body").toString());
    assertEquals(2, r.summary().failures().size());
  }

  @Test
  void timeoutsAreRetriedThenReported() throws Exception {
    long before = server.hitCount("/slow-headers");
    Result r = crawl(config().maxRetries(1).build(), "/slow-headers");
    assertEquals(1, r.summary().retries());
    assertEquals(2, server.hitCount("/slow-headers") - before);
    assertTrue(r.summary().failures().get(0).reason().contains("gave up after 2 attempts"),
        r.summary().failures().toString());
  }

  @Test
  void redirectLoopIsDetected() throws Exception {
    Result r = crawl(config().build(), "/loop/a");
    String reason = r.page("/loop/a").failureReason();
    assertNotNull(reason);
    assertTrue(reason.startsWith("redirect loop"), reason);
    assertTrue(reason.contains("/loop/b"), reason);
  }

  @Test
  void redirectsAreFollowedOnSiteAndCappedByMaxRedirects() throws Exception {
    Result r = crawl(config().build(), "/moved", "/away");
    CrawledPage moved = r.page("/moved");
    assertEquals(server.uri("/target"), moved.finalUrl());
    assertEquals("Moved Widget", moved.product().title());
    assertTrue(r.page("/away").failureReason().contains("off-site host 'offsite.invalid'"));

    Result capped = crawl(config().maxRedirects(0).build(), "/moved");
    assertTrue(capped.page("/moved").failureReason().contains("max_redirects 0"),
        capped.page("/moved").failureReason());
  }

  @Test
  void hugePageIsCutAtTheSizeLimit() throws Exception {
    HUGE_BYTES_SENT.set(0);
    Result r = crawl(config().build(), "/huge", "/huge-announced");
    String reason = r.page("/huge").failureReason();
    assertTrue(reason.contains("page too large") && reason.contains("max_page_bytes is 1048576"), reason);
    assertTrue(HUGE_BYTES_SENT.get() < 10L * 1024 * 1024, "server wrote " + HUGE_BYTES_SENT.get() + " bytes");
    assertTrue(r.page("/huge-announced").failureReason().contains("Content-Length 20971520"),
        r.page("/huge-announced").failureReason());
    assertTrue(r.summary().bytesFetched() < 2L * 1024 * 1024, "bytes " + r.summary().bytesFetched());
  }

  @Test
  void wrongOrMissingCharsetIsRepaired() throws Exception {
    Result r = crawl(config().build(), "/latin1-declared-utf8", "/latin1-undeclared", "/latin1-meta");
    assertEquals("Café Crème Brûlée", r.page("/latin1-declared-utf8").product().title());
    assertEquals("Café Crème Brûlée", r.page("/latin1-undeclared").product().title());
    assertEquals("Ærøskøbing Mug", r.page("/latin1-meta").product().title());
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() throws Exception {
    long t0 = System.nanoTime();
    Result r = crawl(config().build(), "/rate-limited");
    long waited = (System.nanoTime() - t0) / 1_000_000;
    CrawledPage p = r.page("/rate-limited");
    assertNull(p.failureReason());
    assertEquals("Patient Widget", p.product().title());
    assertEquals(1, r.summary().retries());
    assertTrue(waited >= 950, "Retry-After: 1 not honoured, crawl took " + waited + " ms");
  }

  @Test
  void serverErrorRecoversAfterTwoTries() throws Exception {
    Result r = crawl(config().build(), "/flaky", "/always-500");
    CrawledPage p = r.page("/flaky");
    assertNull(p.failureReason());
    assertEquals(200, p.status());
    assertEquals("Recovered Widget", p.product().title());
    String reason = r.page("/always-500").failureReason();
    assertTrue(reason.contains("HTTP 500") && reason.contains("gave up after 3 attempts"), reason);
    assertEquals(4, r.summary().retries());
    assertEquals(1, r.summary().failures().size());
  }

  @Test
  void malformedHtmlStillYieldsTheProduct() throws Exception {
    Result r = crawl(config().build(), "/malformed");
    ExtractedProduct p = r.page("/malformed").product();
    assertEquals("Broken & Fixed", p.title());
    assertEquals(new BigDecimal("1299.99"), p.price());
    assertEquals("EUR", p.currency());
  }

  @Test
  void removalIsDetectedByStatusAndMarkerButNotByAvailability() throws Exception {
    Result r = crawl(config().build(), "/gone", "/ended", "/discontinued", "/missing");
    assertTrue(r.page("/gone").removed());
    assertEquals("HTTP 410", r.page("/gone").removedReason());
    assertTrue(r.page("/missing").removed());
    assertEquals(404, r.page("/missing").status());
    assertTrue(r.page("/ended").removed());
    assertTrue(r.page("/ended").removedReason().contains("This listing has ended"));
    CrawledPage discontinued = r.page("/discontinued");
    assertFalse(discontinued.removed());
    assertEquals(Availability.DISCONTINUED, discontinued.product().availability());
    assertEquals(3, r.summary().removed());
    assertTrue(r.summary().failures().isEmpty(), r.summary().failures().toString());
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() throws Exception {
    long before = server.hits().size();
    Result r = crawl(config().allowPrivateAddresses(false).build(), "/target");
    String reason = r.page("/target").failureReason();
    assertTrue(reason.contains("non-public address 127.0.0.1") && reason.contains("allow_private_addresses"), reason);
    assertEquals(before, server.hits().size(), "a refused host was contacted");
  }

  @Test
  void recrawlMarksAListingRemovedWithTheTimeSeen() throws Exception {
    java.util.concurrent.atomic.AtomicReference<TestServer.Handler> current =
        new java.util.concurrent.atomic.AtomicReference<>(TestServer.html(product("Pangolin Scale Bracelet")));
    server.on("/item/77", ex -> current.get().handle(ex));
    Result first = crawl(config().build(), "/item/77");
    CrawledPage before = first.page("/item/77");
    assertFalse(before.removed());
    assertEquals("Pangolin Scale Bracelet", before.product().title());

    current.set(TestServer.html("<html><body><h1>Sorry</h1><p>Artikel nicht mehr   verfügbar</p></body></html>"));
    CrawledPage ended = crawl(config().build(), "/item/77").page("/item/77");
    assertTrue(ended.removed());
    assertTrue(ended.removedReason().contains("Artikel nicht mehr verfügbar"), ended.removedReason());
    assertTrue(ended.fetchedAt().isAfter(before.fetchedAt()));

    current.set(TestServer.status(410));
    CrawledPage gone = crawl(config().build(), "/item/77").page("/item/77");
    assertTrue(gone.removed());
    assertEquals(410, gone.status());
    assertNotNull(gone.sha256(), "the 410 response is kept as evidence");
  }

  @Test
  void profileRemovalSelectorsAndPhrasesReplaceTheDefaults() {
    SiteProfile profile = SiteProfile.fromYaml("name: shop\nremoval:\n  phrases: ['Auktion beendet']\n"
        + "  selectors: ['.listing-ended']\n", "shop.yaml");
    RemovalDetector detector = new RemovalDetector();
    var bySelector = org.jsoup.Jsoup.parse("<html><body><div class=\"listing-ended\"></div></body></html>");
    assertTrue(detector.removedByContent(bySelector, profile.removal()).isPresent());
    var byPhrase = org.jsoup.Jsoup.parse("<html><body><p>Die AUKTION beendet.</p></body></html>");
    assertTrue(detector.removedByContent(byPhrase, profile.removal()).isPresent());
    var inScript = org.jsoup.Jsoup.parse("<html><body><script>var m = 'Auktion beendet';</script>ok</body></html>");
    assertFalse(detector.removedByContent(inScript, profile.removal()).isPresent());
  }

  @Test
  void maxCrawlTimeStopsWaitingForRetries() throws Exception {
    long t0 = System.nanoTime();
    Result r = crawl(config().maxCrawlTime(Duration.ofMillis(400)).build(), "/always-429");
    assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(1800), "max_crawl_time not enforced");
    assertEquals("max_crawl_time", r.summary().stopReason());
    assertEquals(1, r.summary().notCrawled());
  }

  @Test
  void unavailableRobotsTxtDisallowsTheHost() throws Exception {
    try (TestServer other = new TestServer()) {
      other.on("/robots.txt", TestServer.status(503));
      other.on("/item", TestServer.html(product("Hidden")));
      Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
      CrawlSummary summary = Crawler.builder(config().build()).profiles(SiteProfiles.none()).build()
          .crawl(List.of(Seed.of(SeedType.LISTING, other.base() + "/item")), p -> pages.put(p.url(), p));
      assertEquals(0, other.hitCount("/item"));
      assertEquals(1, summary.robotsDisallowed());
      assertTrue(pages.get(other.uri("/item")).failureReason().contains("robots.txt"));
    }
  }

  @Test
  void perHostConcurrencyLimitHolds() throws Exception {
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
    TestServer.Handler slow = ex -> {
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(200);
      running.decrementAndGet();
      TestServer.send(ex, 200, "text/html", product("Slowish").getBytes(StandardCharsets.UTF_8));
    };
    for (int i = 0; i < 6; i++) {
      server.on("/conc/" + i, slow);
    }
    String[] paths = {"/conc/0", "/conc/1", "/conc/2", "/conc/3", "/conc/4", "/conc/5"};
    crawl(config().threads(4).maxConcurrencyPerHost(2).build(), paths);
    assertEquals(2, peak.get(), "max_concurrency_per_host 2");
    peak.set(0);
    crawl(config().threads(4).maxConcurrencyPerHost(1).build(), paths);
    assertEquals(1, peak.get(), "max_concurrency_per_host 1");
  }

  @Test
  void compressedBodiesAreDecoded() throws Exception {
    Result r = crawl(config().build(), "/gzipped");
    assertEquals("Zipped Widget", r.page("/gzipped").product().title());
  }

  @Test
  void searchResultsWithManyProductItemsAreFollowedNotExtracted() throws Exception {
    Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
    Crawler.builder(config().build()).profiles(SiteProfiles.none()).build()
        .crawl(List.of(Seed.of(server.base() + "/search?q=widget")), p -> pages.put(p.url(), p));
    assertNull(pages.get(server.uri("/search?q=widget")).product());
    assertEquals("Moved Widget", pages.get(server.uri("/target")).product().title());
    assertEquals("Old Widget", pages.get(server.uri("/discontinued")).product().title());
  }

  @Test
  void maxPagesStopsTheCrawl() throws Exception {
    Result r = crawl(config().maxPages(2).build(), "/target", "/gone", "/ended", "/discontinued");
    assertEquals("max_pages", r.summary().stopReason());
    assertEquals(2, r.summary().pagesFetched());
    assertEquals(2, r.summary().notCrawled());
  }
}
