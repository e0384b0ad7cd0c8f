package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

class ScanListingsJobTest {
  static Path feed;
  static List<Rule> rules;
  @TempDir static Path out;
  static RunSummary summary;

  @BeforeAll
  static void scan() throws Exception {
    feed = Path.of(ScanListingsJobTest.class.getResource("/feeds/listings.jsonl").toURI());
    rules = KeywordLists.load(
        Path.of(ScanListingsJobTest.class.getResource("/lists").toURI())).rules();
    summary = new ScanListingsJob(TestSpark.session(), feed.toString(), out.toString(), rules,
        new ListingParser(FeedMapping.identity()), LocalDate.parse("2026-11-01")).execute();
  }

  @Test
  void summaryBalancesAndCountsRejects() {
    assertEquals(15, summary.read());
    assertEquals(7, summary.accepted());
    assertEquals(8, summary.rejected());
    assertEquals(4, summary.flaggedListings());
    assertEquals(Map.of("wildlife", 2L, "counterfeit", 2L, "unsafe", 1L),
        summary.flagsByCategory());
  }

  @Test
  void flagsReadInDuckDbWithContractTypes() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      String from = "read_parquet('" + out + "/**/*.parquet', hive_partitioning=true)";
      Map<String, String> types = new HashMap<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + from)) {
        while (rs.next()) {
          types.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      Map<String, String> expected = new TreeMap<>(Map.ofEntries(
          Map.entry("scan_id", "VARCHAR"), Map.entry("scan_date", "DATE"),
          Map.entry("marketplace", "VARCHAR"), Map.entry("listing_id", "VARCHAR"),
          Map.entry("seller_id", "VARCHAR"), Map.entry("url", "VARCHAR"),
          Map.entry("title", "VARCHAR"), Map.entry("language", "VARCHAR"),
          Map.entry("rule_id", "VARCHAR"), Map.entry("list_name", "VARCHAR"),
          Map.entry("list_version", "VARCHAR"), Map.entry("category", "VARCHAR"),
          Map.entry("dsa_category", "VARCHAR"), Map.entry("severity", "VARCHAR"),
          Map.entry("score", "DOUBLE"), Map.entry("matched_terms", "VARCHAR[]"),
          Map.entry("snippet", "VARCHAR"), Map.entry("detected_at", "TIMESTAMP"),
          Map.entry("automated_detection", "BOOLEAN"),
          Map.entry("rule_info", "MAP(VARCHAR, VARCHAR)")));
      assertEquals(expected, new TreeMap<>(types));
      try (ResultSet rs = st.executeQuery("SELECT listing_id, rule_id, list_version, category,"
          + " dsa_category, matched_terms, snippet, scan_date, language FROM " + from
          + " ORDER BY listing_id, rule_id")) {
        StringBuilder rows = new StringBuilder();
        while (rs.next()) {
          rows.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|')
              .append(rs.getString(3)).append('|').append(rs.getString(4)).append('|')
              .append(rs.getString(5)).append('|').append(rs.getString(6)).append('|')
              .append(rs.getString(7)).append('|').append(rs.getString(8)).append('|')
              .append(rs.getString(9)).append('\n');
        }
        assertEquals("""
            1|t-ivory|1.0.0|wildlife|STATEMENT_CATEGORY_ANIMAL_WELFARE|[1vory]|Antique carved \
            [[1vory]] netsuke Old piece|2026-11-01|en
            3|t-rolex-replica|2.1.0|counterfeit|STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGE\
            MENTS|[R-O-L-E-X, r3plica, '1:1']|[[R-O-L-E-X]] Daytona [[r3plica]], [[1:1]]|2026-11-01|und
            3|t-watch-price|2.1.0|counterfeit|STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEME\
            NTS|[R-O-L-E-X, Daytona]|[[R-O-L-E-X]] [[Daytona]] r3plica, 1:1|2026-11-01|und
            4|t-ivory|1.0.0|wildlife|STATEMENT_CATEGORY_ANIMAL_WELFARE|[ivoire]|Sculpture en \
            [[ivoire]] ancienne|2026-11-01|fr
            7|test-unsafe-terms-l4|0.3.0|unsafe|STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS|\
            [neodymium magnet balls]|Set of 216 [[neodymium magnet balls]]|2026-11-01|en
            """, rows.toString());
      }
    }
  }

  @Test
  void rejectsNameLineFieldAndValue() throws Exception {
    Path dir = out.resolve("rejects/scan_date=2026-11-01");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        all.append(Files.readString(f));
      }
    }
    String r = all.toString();
    assertTrue(r.contains("\"line\":5,\"field\":\"listing_id\",\"reason\":\"listing_id is"
        + " missing or empty"), r);
    assertTrue(r.contains("\"line\":6,\"field\":\"price\",\"reason\":\"price is not a number:"
        + " \\\"twelve\\\"\""), r);
    assertTrue(r.contains("\"line\":7,\"field\":\"observed_at\""), r);
    assertTrue(r.contains("\"line\":8,\"field\":\"status\""), r);
    assertTrue(r.contains("\"line\":9,\"reason\":\"invalid JSON"), r);
    assertTrue(r.contains("\"line\":10,\"field\":\"listing_id\",\"reason\":\"duplicate"
        + " listing: marketplace m1, listing_id 1"), r);
    assertTrue(r.contains("\"line\":11,\"reason\":\"line is not valid UTF-8"), r);
    assertTrue(r.contains("\"line\":12,\"field\":\"description\",\"reason\":\"description is"
        + " 200001 characters long"), r);
  }

  @Test
  void parquetInputIsValidatedLikeJsonl() throws Exception {
    Path parquet = out.resolveSibling(out.getFileName() + "-parquet-in");
    TestSpark.session().read().parquet(out + "/flags").select("marketplace", "listing_id",
        "title").distinct().withColumn("observed_at", functions.lit("2026-11-01T10:00:00Z"))
        .withColumn("price", functions.when(functions.col("listing_id").equalTo("3"),
            functions.lit("n/a")))
        .write().parquet(parquet.resolve("feed").toString());
    RunSummary fromParquet = new ScanListingsJob(TestSpark.session(), parquet.resolve("feed")
        .toString(), parquet.resolve("out").toString(), rules,
        new ListingParser(FeedMapping.identity()), LocalDate.parse("2026-11-02")).execute();
    assertEquals(4, fromParquet.read());
    assertEquals(1, fromParquet.rejected());
    assertEquals(3, fromParquet.flaggedListings());
  }

  @Test
  void rerunReplacesThePartitionWithoutDuplicates() throws Exception {
    Path again = out.resolveSibling(out.getFileName() + "-rerun");
    for (int run = 0; run < 2; run++) {
      new ScanListingsJob(TestSpark.session(), feed.toString(), again.toString(), rules,
          new ListingParser(FeedMapping.identity()), LocalDate.parse("2026-11-01")).execute();
    }
    assertEquals(5, TestSpark.session().read().parquet(again + "/flags").count());
    assertTrue(Files.notExists(again.resolve("flags/_staging")));
  }
}
