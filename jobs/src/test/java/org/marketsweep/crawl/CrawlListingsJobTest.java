package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.jobs.CrawlListingsJob;
import org.marketsweep.jobs.TestSpark;

/** The crawl job end to end: pages served locally, snapshot and evidence in the warehouse. */
class CrawlListingsJobTest {
  @TempDir Path warehouse;

  @Test
  @Timeout(120)
  void crawlWritesSnapshotEvidenceAndLaterRemovals() throws Exception {
    List<Fixtures.Expected> pages = Fixtures.expected().stream()
        .filter(e -> !e.file().contains("amazon") && !e.removed()).limit(3).toList();
    try (TestServer server = new TestServer()) {
      StringBuilder category = new StringBuilder("<html><body>");
      for (Fixtures.Expected e : pages) {
        String path = "/p/" + e.file().replace(".html.gz", "");
        server.on(path, TestServer.bytes("text/html", Fixtures.page(e.file())));
        category.append("<a href=\"").append(path).append("\">x</a> ");
      }
      server.on("/category", TestServer.html(category + "</body></html>"));
      CrawlConfig config = CrawlConfig.builder().allowPrivateAddresses(true)
          .minDelayPerHost(Duration.ZERO).maxPages(50).build();
      List<Seed> seeds = List.of(Seed.of(SeedType.CATEGORY, server.base() + "/category"));
      CrawlListingsJob.Summary first = new CrawlListingsJob(TestSpark.session(), seeds, config,
          List.of(), LocalDate.parse("2026-11-01"), warehouse.toString()).execute();
      String marketplace = "127.0.0.1_" + server.uri("/").getPort();
      assertEquals(java.util.Map.of(marketplace, 3L), first.listingsByMarketplace());
      try (Stream<Path> files = Files.list(warehouse.resolve("evidence/crawl_date=2026-11-01"))) {
        assertEquals(4 + 1, files.count(), "3 products + the category page + index.jsonl");
      }

      String gone = "/p/" + pages.get(0).file().replace(".html.gz", "");
      server.on(gone, TestServer.status(410));
      CrawlListingsJob.Summary second = new CrawlListingsJob(TestSpark.session(), seeds, config,
          List.of(), LocalDate.parse("2026-11-02"), warehouse.toString()).execute();
      assertEquals(1, second.removed());
      List<Row> day2 = TestSpark.session().read().parquet(warehouse + "/listings")
          .filter("snapshot_date = '2026-11-02'").orderBy("listing_id").collectAsList();
      assertEquals(3, day2.size());
      Row removed = day2.stream().filter(r -> r.<String>getAs("listing_id").equals(gone))
          .findFirst().orElseThrow();
      assertEquals("removed", removed.getAs("status"));
      assertTrue(Files.exists(warehouse.resolve("runs/crawl_date=2026-11-02/summary.json")));
    }
  }
}
