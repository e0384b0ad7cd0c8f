package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls the 10 real pages from a local server through category pages and a sitemap index, with
 * robots.txt (Disallow + Crawl-delay), an off-site link and evidence written to a directory.
 */
class CrawlerEndToEndTest {
  private static final List<Fixtures.Expected> PAGES = Fixtures.expected();
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.on("/robots.txt", TestServer.bytes("text/plain",
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.1\n".getBytes(StandardCharsets.UTF_8)));
    StringBuilder cat1 = new StringBuilder("<html><head><title>Lighting</title></head><body><h1>Lighting</h1><ul>");
    StringBuilder urlset = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = 0; i < PAGES.size(); i++) {
      Fixtures.Expected e = PAGES.get(i);
      String path = "/p/" + e.file().replace(".html.gz", "");
      server.on(path, TestServer.bytes("text/html", Fixtures.page(e.file())));
      if (i < 5) {
        cat1.append("<li><a href=\"").append(path).append("\">item ").append(i).append("</a></li>");
      }
      urlset.append("<url><loc>").append(server.base()).append(path).append("</loc></url>\n");
    }
    cat1.append("</ul><a href=\"/category/2\">next page</a> <a href=\"/private/admin\">admin</a>")
        .append(" <a href=\"http://offsite.invalid/listing/1\">partner shop</a>")
        .append(" <a href=\"mailto:shop@example.com\">mail</a></body></html>");
    server.on("/category/1", TestServer.html(cat1.toString()));
    StringBuilder cat2 = new StringBuilder("<html><body><ul>");
    for (int i = 5; i < PAGES.size(); i++) {
      cat2.append("<li><a href=\"/p/").append(PAGES.get(i).file().replace(".html.gz", "")).append("#reviews\">x</a>");
    }
    cat2.append("</ul><a href=\"/category/1\">back</a></body></html>");
    server.on("/category/2", TestServer.html(cat2.toString()));
    server.on("/private/admin", TestServer.html("<html><body>secret</body></html>"));
    server.on("/sitemap_index.xml", TestServer.bytes("application/xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + server.base() + "/sitemap-products.xml</loc></sitemap></sitemapindex>")
            .getBytes(StandardCharsets.UTF_8)));
    server.on("/sitemap-products.xml",
        TestServer.bytes("application/xml", (urlset + "</urlset>\n").getBytes(StandardCharsets.UTF_8)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static CrawlConfig config() {
    return CrawlConfig.builder()
        .allowPrivateAddresses(true)
        .minDelayPerHost(Duration.ZERO)
        .readTimeout(Duration.ofSeconds(5))
        .agentVersion("1.0-test")
        .contactUrl(URI.create("https://example.org/marketsweep"))
        .build();
  }

  private Crawler crawler(CrawlConfig config, EvidenceSink sink) throws IOException {
    SiteProfile amazon = SiteProfile.builtIn("amazon");
    // The Amazon pages are served from 127.0.0.1 here; category links are plain /p/ paths.
    SiteProfile local = new SiteProfile("amazon-local", List.of("127.0.0.1"), amazon.fields(), List.of(),
        amazon.removal());
    return Crawler.builder(config).addProfile(local).evidenceSink(sink)
        .progress(CrawlProgress.logging(Duration.ofMillis(500))).build();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void categoryCrawlExtractsAllTenProductsPolitely(@TempDir Path evidenceDir) throws Exception {
    Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
    CrawlSummary summary = crawler(config(), new DirectoryEvidenceSink(evidenceDir))
        .crawl(List.of(Seed.of(SeedType.CATEGORY, server.base() + "/category/1")), p -> pages.put(p.url(), p));

    for (Fixtures.Expected e : PAGES) {
      CrawledPage page = pages.get(server.uri("/p/" + e.file().replace(".html.gz", "")));
      assertNotNull(page, "not crawled: " + e.file());
      assertNull(page.failureReason(), e.file());
      ExtractedProduct p = page.product();
      assertNotNull(p, "no product: " + e.file());
      assertEquals(e.title(), p.title(), e.file());
      assertEquals(e.price() == null ? null : new BigDecimal(e.price()), p.price(), e.file());
      assertEquals(e.currency(), p.currency(), e.file());
      assertEquals(e.brand(), p.brand(), e.file());
      assertEquals(e.canonical(), p.canonicalUrl(), e.file());
      assertEquals(e.removed(), page.removed(), e.file());
      assertNotNull(page.sha256(), e.file());
    }
    assertEquals(0, server.hitCount("/private/admin"), "robots.txt Disallow ignored");
    assertTrue(summary.failures().stream().anyMatch(f -> f.url().getPath().equals("/private/admin")
        && f.reason().contains("robots.txt")), summary.failures().toString());
    assertEquals(1, summary.robotsDisallowed());
    assertTrue(pages.keySet().stream().noneMatch(u -> "offsite.invalid".equals(u.getHost())), "off-site link followed");
    assertEquals(1, server.hitCount("/robots.txt"));
    assertEquals(1, server.hitCount("/category/1"), "category revisited");
    assertEquals(10, summary.productsExtracted());
    assertEquals(12, summary.pagesFetched());
    assertEquals(1, summary.failures().size(), summary.failures().toString());
    assertEquals("completed", summary.stopReason());

    String ua = server.hits().get(0).userAgent();
    assertEquals("marketsweep/1.0-test (+https://example.org/marketsweep)", ua);
    List<TestServer.Hit> hits = server.hits().stream().filter(h -> !h.path().equals("/robots.txt")).toList();
    for (int i = 1; i < hits.size(); i++) {
      long gapMillis = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
      assertTrue(gapMillis >= 95, "Crawl-delay 0.1 s not honoured: " + gapMillis + " ms between requests");
    }

    List<String> index = Files.readAllLines(evidenceDir.resolve(DirectoryEvidenceSink.INDEX));
    assertEquals(12, index.size());
    CrawledPage gorilla = pages.get(server.uri("/p/metascraper-shopping__amazon-gorilla"));
    Path stored = evidenceDir.resolve(gorilla.sha256() + ".html.gz");
    try (var in = new GZIPInputStream(Files.newInputStream(stored))) {
      assertTrue(java.util.Arrays.equals(Fixtures.page("metascraper-shopping__amazon-gorilla.html.gz"),
          in.readAllBytes()), "evidence bytes differ from what was served");
    }
    assertTrue(index.stream().anyMatch(l -> l.contains(gorilla.sha256()) && l.contains("\"status\":200")));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void sitemapIndexSeedCrawlsEveryListedPage() throws Exception {
    server.on("/robots.txt", TestServer.bytes("text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(
        StandardCharsets.UTF_8)));
    Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
    CrawlSummary summary = crawler(config(), EvidenceSink.discard())
        .crawl(SeedsFile.parse("# products\nsitemap " + server.base() + "/sitemap_index.xml\n", "seeds.txt"),
            p -> pages.put(p.url(), p));
    assertEquals(12, pages.size(), pages.keySet().toString());
    assertEquals(10, summary.productsExtracted());
    assertTrue(summary.failures().isEmpty(), summary.failures().toString());
    Map<String, String> titles = pages.values().stream().filter(p -> p.product() != null)
        .collect(Collectors.toMap(p -> p.url().getPath(), p -> p.product().title()));
    assertEquals("SainSmart 4-Channel Relay Module", titles.get("/p/metascraper__amazon-com__ansi-url"));
    assertFalse(pages.containsKey(server.uri("/category/1")), "sitemap entries are listings: links not followed");
  }
}
