package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Category;

class SweepSnapshotsJobTest {
  static final LocalDate FROM = LocalDate.parse("2026-11-01");
  static final LocalDate TO = LocalDate.parse("2026-11-05");
  static final String LIST_TEXT = "# name: authority-2026-11\nivory\nrolex\n";
  static final String IVORY = "authority-2026-11-l2";
  static final String ROLEX = "authority-2026-11-l3";

  @TempDir static Path dir;
  static Path warehouse;
  static SweepList list;
  static SweepSnapshotsJob.Summary first;
  static SweepSnapshotsJob.Summary second;

  @BeforeAll
  static void sweepTwice() throws Exception {
    warehouse = dir.resolve("wh");
    // m1 has snapshots on 01, 02, 03, 05; m2 on 02, 03; nothing on 04.
    snapshot("2026-11-01", "m1", active("a1", "Antique carved 1vory netsuke", "s1"),
        active("a2", "R-O-L-E-X Daytona watch", "s2"), active("a3", "Ivory bangle", "s3"),
        active("a4", "Oak side table", "s1"));
    snapshot("2026-11-02", "m1", active("a1", "Antique carved 1vory netsuke", "s1"),
        active("a2", "R-O-L-E-X Daytona watch, price drop", "s2"),
        removed("a3", "Ivory bangle", "s3"), active("a4", "Oak side table", "s1"));
    snapshot("2026-11-03", "m1", active("a1", "Antique carved 1vory netsuke", "s1"),
        active("a4", "Oak side table", "s1"));
    snapshot("2026-11-05", "m1", active("a1", "Carved 1vory netsuke, last chance", "s1"),
        active("a4", "Oak side table", "s1"));
    snapshot("2026-11-02", "m2", active("b1", "I V O R Y tusk", "s9"));
    snapshot("2026-11-03", "m2", active("b1", "I V O R Y tusk", "s9"));
    snapshot("2026-10-31", "m1", active("old", "ivory before the period", "s1"));
    Path crawl = Files.createDirectories(warehouse.resolve("evidence/crawl_date=2026-11-02"));
    Files.writeString(crawl.resolve("index.jsonl"), "{\"url\":\"https://m1.example/a1\","
        + "\"final_url\":\"https://m1.example/a1\",\"status\":200,\"fetched_at\":"
        + "\"2026-11-02T03:00:00Z\",\"sha256\":\"abc\",\"file\":\"abc.html.gz\"}\n");
    Path file = dir.resolve("authority.txt");
    Files.writeString(file, LIST_TEXT);
    list = SweepList.load(file, Category.WILDLIFE);
    first = sweep(Set.of(), null);
    second = sweep(Set.of(), null);
  }

  static SweepSnapshotsJob.Summary sweep(Set<String> marketplaces, SellerPseudonyms p) {
    return new SweepSnapshotsJob(TestSpark.session(), new SweepSnapshotsJob.Request(list, FROM,
        TO, warehouse.toString(), marketplaces, null, p, "test")).execute();
  }

  static Row active(String id, String title, String seller) {
    return row(id, title, seller, ListingRecord.ACTIVE);
  }

  static Row removed(String id, String title, String seller) {
    return row(id, title, seller, ListingRecord.REMOVED);
  }

  static Row row(String id, String title, String seller, String status) {
    return RowFactory.create(id, "https://m1.example/" + id, title, null,
        new BigDecimal("25.00"), "EUR", seller, null, "en",
        LocalDateTime.parse("2026-11-01T10:00:00"), status);
  }

  static void snapshot(String date, String marketplace, Row... rows) {
    StructType schema = new StructType(Arrays.stream(ListingRecord.SCHEMA.fields())
        .filter(f -> !f.name().equals("marketplace")).toArray(StructField[]::new));
    TestSpark.session().createDataFrame(List.of(rows), schema).coalesce(1).write()
        .parquet(warehouse.resolve("listings/snapshot_date=" + date + "/marketplace="
            + marketplace).toString());
  }

  static List<String> hits(String sweepFolder) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT marketplace, listing_id, rule_id, seller_id,"
            + " title, matched_terms, first_seen, last_seen, days_seen, removed, removed_at,"
            + " evidence FROM read_parquet('" + sweepFolder + "/hits/*.parquet')"
            + " ORDER BY ALL")) {
      while (rs.next()) {
        StringBuilder r = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
          r.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(r.toString().replace(warehouse.toString(), "W"));
      }
    }
    return rows;
  }

  @Test
  void hitsHaveFirstLastSeenAndRemoval() throws Exception {
    assertEquals(List.of(
        "m1|a1|" + IVORY + "|s1|Carved 1vory netsuke, last chance|[1vory]|2026-11-01|2026-11-05"
            + "|4|false|null|W/evidence/crawl_date=2026-11-02/abc.html.gz",
        "m1|a2|" + ROLEX + "|s2|R-O-L-E-X Daytona watch, price drop|[R-O-L-E-X]|2026-11-01"
            + "|2026-11-02|2|true|2026-11-03|null",
        "m1|a3|" + IVORY + "|s3|Ivory bangle|[Ivory]|2026-11-01|2026-11-01|1|true|2026-11-02"
            + "|null",
        "m2|b1|" + IVORY + "|s9|I V O R Y tusk|[I V O R Y]|2026-11-02|2026-11-03|2|false|null"
            + "|null"), hits(first.path()));
    assertEquals(List.of("2026-11-04"), first.missingDays());
    assertEquals(4, first.snapshotDays());
    assertEquals(4 + 3 + 2 + 2 + 2, first.listingsScanned());
    assertEquals(4, first.hits());
    assertEquals(4, first.distinctListings());
  }

  @Test
  void hitsParquetHasTheDocumentedTypes() throws Exception {
    Map<String, String> types = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + first.path()
            + "/hits/*.parquet', hive_partitioning=true)")) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("sweep_id", "VARCHAR"), // from the folder name
        Map.entry("marketplace", "VARCHAR"), Map.entry("listing_id", "VARCHAR"),
        Map.entry("url", "VARCHAR"), Map.entry("seller_id", "VARCHAR"),
        Map.entry("title", "VARCHAR"), Map.entry("rule_id", "VARCHAR"),
        Map.entry("matched_terms", "VARCHAR[]"), Map.entry("snippet", "VARCHAR"),
        Map.entry("first_seen", "DATE"), Map.entry("last_seen", "DATE"),
        Map.entry("days_seen", "INTEGER"), Map.entry("removed", "BOOLEAN"),
        Map.entry("removed_at", "DATE"), Map.entry("evidence", "VARCHAR")));
    assertEquals(expected, new TreeMap<>(types));
  }

  @Test
  void rerunGivesTheSameIdHitsAndListHashAndReplacesTheFolder() throws Exception {
    assertEquals(first.sweepId(), second.sweepId());
    assertEquals(first.path(), second.path());
    assertEquals(16, first.sweepId().length());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(LIST_TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(sha, first.listSha256());
    assertEquals(sha, second.listSha256());
    assertEquals(4, hits(second.path()).size());
    Path sweeps = warehouse.resolve("sweeps");
    try (var folders = Files.list(sweeps)) {
      assertEquals(List.of("sweep_id=" + first.sweepId()),
          folders.map(p -> p.getFileName().toString()).toList());
    }
    JsonNode manifest = Json.MAPPER.readTree(sweeps.resolve("sweep_id=" + first.sweepId())
        .resolve("manifest.json").toFile());
    assertEquals(first.sweepId(), manifest.get("sweep_id").asText());
    assertEquals(sha, manifest.get("list_sha256").asText());
    assertEquals(LIST_TEXT, manifest.get("list_text").asText());
    assertEquals("2026-11-01", manifest.at("/parameters/from").asText());
    assertFalse(manifest.at("/parameters/pseudonymised").asBoolean());
    assertEquals("test", manifest.get("tool_version").asText());
    assertEquals(4, manifest.at("/counts/snapshot_days").asInt());
    assertEquals(4, manifest.at("/counts/hits").asInt());
    assertEquals("[\"2026-11-04\"]", manifest.get("missing_days").toString());
    assertTrue(manifest.get("finished_at").asText().endsWith("Z"));
    assertTrue(Files.notExists(warehouse.resolve("flags")));
  }

  @Test
  void csvHasAHeaderAndOneLinePerHit() throws Exception {
    List<String> lines = Files.readAllLines(Path.of(first.path(), "hits.csv"));
    assertEquals("marketplace,listing_id,url,seller_id,title,rule_id,matched_terms,snippet,"
        + "first_seen,last_seen,days_seen,removed,removed_at,evidence", lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(2).startsWith("m1,a2,https://m1.example/a2,s2,"
        + "\"R-O-L-E-X Daytona watch, price drop\"," + ROLEX + ","), lines.get(2));
    assertTrue(lines.get(2).contains(",2026-11-01,2026-11-02,2,true,2026-11-03,"),
        lines.get(2));
  }

  @Test
  void marketplaceFilterAndPseudonymisedSellers() throws Exception {
    byte[] key = "secret-key".getBytes(StandardCharsets.UTF_8);
    SweepSnapshotsJob.Summary m2 = sweep(Set.of("m2"), new SellerPseudonyms(key));
    assertFalse(m2.sweepId().equals(first.sweepId()));
    assertEquals(List.of("2026-11-01", "2026-11-04", "2026-11-05"), m2.missingDays());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String pseudonym = HexFormat.of().formatHex(Arrays.copyOf(
        mac.doFinal("s9".getBytes(StandardCharsets.UTF_8)), 16));
    assertEquals(32, pseudonym.length());
    assertEquals(List.of("m2|b1|" + IVORY + "|" + pseudonym + "|I V O R Y tusk|[I V O R Y]"
        + "|2026-11-02|2026-11-03|2|false|null|null"), hits(m2.path()));
    assertFalse(Files.readString(Path.of(m2.path(), "hits.csv")).contains(",s9,"));
  }
}
