package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SeedsAndConfigTest {

  @Test
  void seedsFileHasCommentsTypeHintsAndGuessing() {
    List<Seed> seeds = SeedsFile.parse("""
        # nightly seeds
        https://Shop.Example.com/search?q=ivory#top   # trailing comment

        category https://shop.example.com/c/wildlife
        listing  https://shop.example.com/item/1
        sitemap  https://shop.example.com/sitemap_index.xml
        https://shop.example.com/products-sitemap.xml
        https://shop.example.com/search?q=ivory
        """, "seeds.txt");
    assertEquals(List.of(
        new Seed(URI.create("https://shop.example.com/search?q=ivory"), SeedType.CATEGORY),
        new Seed(URI.create("https://shop.example.com/c/wildlife"), SeedType.CATEGORY),
        new Seed(URI.create("https://shop.example.com/item/1"), SeedType.LISTING),
        new Seed(URI.create("https://shop.example.com/sitemap_index.xml"), SeedType.SITEMAP),
        new Seed(URI.create("https://shop.example.com/products-sitemap.xml"), SeedType.SITEMAP)), seeds);
  }

  @Test
  void seedsFileErrorsNameFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SeedsFile.parse("https://a.example/\nbogus https://a.example/x\n", "seeds.txt"));
    assertTrue(e.getMessage().startsWith("seeds.txt:2: unknown seed type 'bogus'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SeedsFile.parse("ftp://a.example/x", "s.txt"));
    assertTrue(e.getMessage().contains("s.txt:1") && e.getMessage().contains("ftp://a.example/x"), e.getMessage());
  }

  @Test
  void configYamlOverridesDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crawl.yaml");
    Files.writeString(file, """
        contact_url: https://ngo.example.org/crawler
        agent_version: 2.1.0
        threads: 2
        min_delay_per_host: 250ms
        max_page_bytes: 2MB
        read_timeout: 5s
        max_crawl_time: 1h
        allow_private_addresses: true
        link_exclude_patterns: ['/login', '\\\\?sort=']
        profiles: [ebay.yaml]
        """);
    CrawlConfig c = CrawlConfigYaml.load(file);
    assertEquals("marketsweep/2.1.0 (+https://ngo.example.org/crawler)", c.userAgent());
    assertEquals(2, c.threads());
    assertEquals(Duration.ofMillis(250), c.minDelayPerHost());
    assertEquals(2L * 1024 * 1024, c.maxPageBytes());
    assertEquals(Duration.ofSeconds(5), c.readTimeout());
    assertEquals(Duration.ofHours(1), c.maxCrawlTime());
    assertTrue(c.allowPrivateAddresses());
    assertEquals(2, c.linkExcludePatterns().size());
    assertEquals(List.of(dir.resolve("ebay.yaml").toString()), c.profiles());
    assertEquals(CrawlConfig.defaults().maxRetries(), c.maxRetries());
    assertFalse(CrawlConfig.defaults().allowPrivateAddresses());
  }

  @Test
  void shippedExampleConfigEqualsTheDefaults() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream("crawl/crawl-config.example.yaml")) {
      CrawlConfig example = CrawlConfigYaml.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          "crawl-config.example.yaml");
      assertEquals(CrawlConfig.defaults(), example);
    }
  }

  @Test
  void configErrorsNameKeyAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CrawlConfigYaml.parse("read_timeout: soon\n", "crawl.yaml"));
    assertTrue(e.getMessage().contains("crawl.yaml") && e.getMessage().contains("read_timeout")
        && e.getMessage().contains("soon"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CrawlConfigYaml.parse("max_pagez: 3\n", "c.yaml"));
    assertTrue(e.getMessage().contains("unknown key 'max_pagez'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CrawlConfigYaml.parse("threads: 0\n", "c.yaml"));
    assertTrue(e.getMessage().contains("threads must be > 0, got 0"), e.getMessage());
  }

  @Test
  void retryAfterAcceptsSecondsAndHttpDates() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(Duration.ofSeconds(120), RetryPolicy.parseRetryAfter("120", now).orElseThrow());
    assertEquals(Duration.ofSeconds(90),
        RetryPolicy.parseRetryAfter("Wed, 01 Jan 2025 00:01:30 GMT", now).orElseThrow());
    assertTrue(RetryPolicy.parseRetryAfter("later", now).isEmpty());
    CrawlConfig c = CrawlConfig.builder().retryAfterMax(Duration.ofSeconds(10)).backoffInitial(Duration.ofMillis(100))
        .backoffMax(Duration.ofMillis(350)).build();
    RetryPolicy policy = new RetryPolicy(c);
    FetchResult limited = new FetchResult(URI.create("http://a.example/"), 429, null, null, "3600", null, now,
        Duration.ZERO, null, null);
    assertEquals(Duration.ofSeconds(10), policy.delay(limited, 1, now));
    FetchResult error = new FetchResult(URI.create("http://a.example/"), 503, null, null, null, null, now,
        Duration.ZERO, null, null);
    assertEquals(Duration.ofMillis(100), policy.delay(error, 1, now));
    assertEquals(Duration.ofMillis(200), policy.delay(error, 2, now));
    assertEquals(Duration.ofMillis(350), policy.delay(error, 3, now));
  }

  @Test
  void builtInAmazonProfileLoadsAndValidates() {
    SiteProfile amazon = SiteProfile.builtIn("amazon");
    assertTrue(amazon.appliesTo("www.amazon.co.uk"));
    assertFalse(amazon.appliesTo("notamazon.com"));
    assertFalse(amazon.rules("price").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SiteProfile.fromYaml("fields:\n  colour: ['#c']\n", "x.yaml"));
    assertTrue(e.getMessage().contains("x.yaml") && e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SiteProfile.fromYaml("fields:\n  title: ['##']\n", "y.yaml"));
    assertTrue(e.getMessage().contains("y.yaml") && e.getMessage().contains("'##'"), e.getMessage());
  }

  @Test
  void privateAddressClassification() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fe80::1", "fd00::1")) {
      assertTrue(AddressGuard.isNonPublic(java.net.InetAddress.getByName(a)), a);
    }
    for (String a : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
      assertFalse(AddressGuard.isNonPublic(java.net.InetAddress.getByName(a)), a);
    }
  }

  @Test
  void aHostAndItsWwwTwinAreOneSite() {
    assertEquals("example.com", Crawler.siteOf("WWW.Example.com"));
    assertEquals("example.com", Crawler.siteOf("example.com"));
    assertEquals("shop.example.com", Crawler.siteOf("shop.example.com"));
  }

  @Test
  void progressBarRendersCounts() {
    String line = CrawlProgress.render(new CrawlProgress.Snapshot(30, 10, 2, 25, Duration.ofSeconds(10)));
    assertEquals("[###############-----] 30 fetched | 10 queued | 2 errors | 25 products | 3.0 p/s", line);
  }
}
