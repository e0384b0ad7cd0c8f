package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;

class IngestListingsJobTest {
  @TempDir Path warehouse;

  private IngestListingsJob.Summary ingest(String resource, String marketplace, String date,
      FeedMapping mapping) throws Exception {
    Path feed = Path.of(getClass().getResource(resource).toURI());
    return new IngestListingsJob(TestSpark.session(), feed.toString(), marketplace,
        LocalDate.parse(date), warehouse.toString(), new ListingParser(mapping)).execute();
  }

  @Test
  void reingestingADayReplacesOnlyThatPartition() throws Exception {
    FeedMapping identity = FeedMapping.identity();
    IngestListingsJob.Summary first = ingest("/feeds/listings.jsonl", "m1", "2026-11-01",
        identity);
    assertEquals(15, first.read());
    assertEquals(7, first.written());
    ingest("/feeds/listings.jsonl", "m1", "2026-11-02", identity);
    IngestListingsJob.Summary again = ingest("/feeds/listings.jsonl", "m1", "2026-11-01",
        identity);
    assertEquals(first.written(), again.written());
    var listings = TestSpark.session().read().parquet(warehouse + "/listings");
    assertEquals(14, listings.count());
    List<Row> perDay = listings.groupBy("snapshot_date", "marketplace").count()
        .orderBy("snapshot_date").collectAsList();
    assertEquals("[[2026-11-01,m1,7], [2026-11-02,m1,7]]", perDay.toString());
    assertTrue(Files.notExists(warehouse.resolve("listings/_staging")));
  }

  @Test
  void rowsOfAnotherMarketplaceAreRejected() throws Exception {
    IngestListingsJob.Summary s = ingest("/feeds/listings.jsonl", "m2", "2026-11-01",
        FeedMapping.identity());
    assertEquals(0, s.written());
    assertEquals(15, s.rejected());
  }

  @Test
  void latin1CsvIsDecoded() throws Exception {
    IngestListingsJob.Summary s = ingest("/feeds/latin1.csv", "abt", "2026-11-01",
        FeedMapping.identity().withCharset("windows-1252"));
    assertEquals(s.read(), s.written() + s.rejected());
    assertEquals(0, s.rejected());
    List<Row> rows = TestSpark.session().read().parquet(warehouse + "/listings")
        .filter("listing_id = '9071'").collectAsList();
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).<String>getAs("description").contains("Remote Commander\u00ae"),
        rows.get(0).toString());
  }

  @Test
  void realExportWithItsOwnColumnsIsMapped() throws Exception {
    Path mapping = Path.of(getClass().getResource("/feeds/amazon-google-mapping.yaml").toURI());
    IngestListingsJob.Summary s = ingest("/feeds/amazon-google-slice.csv", "amazon",
        "2026-11-05", FeedMapping.load(mapping));
    assertEquals(8, s.read());
    assertEquals(8, s.written());
    List<Row> rows = TestSpark.session().read().parquet(warehouse + "/listings")
        .filter("title like '%\u00e9%' or description like '%\u00e9%'").collectAsList();
    assertEquals(3, rows.size());
    Row first = TestSpark.session().read().parquet(warehouse + "/listings")
        .orderBy("listing_id").first();
    assertEquals(java.time.LocalDateTime.parse("2026-11-05T00:00"), first.getAs("observed_at"));
    assertEquals("USD", first.getAs("currency"));
  }
}
