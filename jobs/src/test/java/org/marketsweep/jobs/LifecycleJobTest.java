package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;

/**
 * A hand-made timeline over five daily snapshots of one marketplace (titles from real product
 * and list-example text), with the answers worked out by hand below.
 *
 * <pre>
 * day (10:00 UTC)   1   2   3   4   5      events
 * A ivory bangle    F   .   -   -   -      confirmed; gone on day 3        -> 48 h, 48h-1w
 * B rolex replica   .   .   .   .   .      trusted flagger 03-01 12:00, removal event 20:00 -> 8 h
 * C shark fin       .   F   .   R   -      user notice 03-02 09:00; status=removed day 4 -> 49 h
 * D laser pointer   F   R   -   -   -      status=removed on day 2          -> 24 h, 24-48h
 * E pangolin scales .   .   .   .   .      authority notice 03-01 08:00     -> not removed
 * F rhino horn cup  F   .   .   .   .      rejected                         -> not removed
 * H magnet set      F   .   .   .   .      removal event 03-10 12:00        -> 218 h, >1w
 * G (relisted A)                .   .      A's text, edited and obfuscated, seller s1
 * K camera                      .   .      unrelated new listing, never linked
 * F = flagged that day, R = status removed, . = active, - = absent
 * </pre>
 */
class LifecycleJobTest {
  static final String M = "shopnet";
  static final LocalDate AS_OF = LocalDate.parse("2026-03-10");

  static final String A_TEXT = "Antique carved elephant ivory bangle bracelet, 19th century";
  static final String A_DESC = "Genuine hand carved ivory bangle from an estate collection,"
      + " heavy and creamy with natural grain.";
  static final String G_TEXT = "19th century bangle bracelet - carved antique elephant 1vory";
  static final String G_DESC = "genuine hand-carved bangle from an estate collection, heavy,"
      + " creamy, natural grain";

  @TempDir static Path dir;
  static String warehouse;
  static Map<String, Row> lifecycle = new HashMap<>();
  static List<Row> metrics;

  @BeforeAll
  static void run() throws Exception {
    warehouse = dir.resolve("wh").toString();
    Map<String, String[]> listings = new java.util.LinkedHashMap<>();
    listings.put("A", new String[] {A_TEXT, A_DESC, "s1"});
    listings.put("B", new String[] {"Rolex Submariner replica watch AAA grade", null, "s2"});
    listings.put("C", new String[] {"Dried shark fin, premium grade, 500 g", null, "s3"});
    listings.put("D", new String[] {"Green laser pointer 5000mW burning beam", null, "s1"});
    listings.put("E", new String[] {"Pangolin scales for traditional medicine", null, "s4"});
    listings.put("F", new String[] {"Carved rhino horn libation cup", null, "s2"});
    listings.put("H", new String[] {"Buckyballs magnet set 216 pieces", null, "s5"});
    listings.put("G", new String[] {G_TEXT, G_DESC, "s1"});
    listings.put("K", new String[] {"Canon PowerShot SX620 HS digital camera, black", null,
        "s6"});
    String[][] days = {
        {"A", "B", "C", "D", "E", "F", "H"},
        {"A", "B", "C", "D:removed", "E", "F", "H"},
        {"B", "C", "E", "F", "H"},
        {"B", "C:removed", "E", "F", "H", "G", "K"},
        {"B", "E", "F", "H", "G", "K"}};
    for (int d = 0; d < days.length; d++) {
      LocalDate date = LocalDate.parse("2026-03-01").plusDays(d);
      StringBuilder feed = new StringBuilder();
      for (String entry : days[d]) {
        String id = entry.split(":")[0];
        String status = entry.endsWith(":removed") ? "removed" : "active";
        String[] l = listings.get(id);
        feed.append(json("listing_id", id, "title", l[0], "description", l[1], "seller_id",
            l[2], "observed_at", date + "T10:00:00Z", "status", status)).append('\n');
      }
      Path file = dir.resolve(date + ".jsonl");
      Files.writeString(file, feed);
      new IngestListingsJob(TestSpark.session(), file.toString(), M, date, warehouse,
          new ListingParser(FeedMapping.identity())).execute();
    }
    flags("2026-03-01", "A", "wl-ivory", "wildlife", "D", "un-lasers", "unsafe",
        "F", "wl-rhino", "wildlife", "H", "un-magnets", "unsafe");
    flags("2026-03-02", "A", "wl-ivory", "wildlife", "C", "wl-shark-fin", "wildlife",
        "F", "wl-rhino", "wildlife");
    events(EventKind.NOTICES, "2026-03-02",
        json("notice_id", "n1", "marketplace", M, "listing_id", "B", "source", "Trusted Flagger",
            "flagger_id", "tf-1", "category", "counterfeit", "received_at",
            "2026-03-01T12:00:00Z"),
        json("notice_id", "n2", "marketplace", M, "listing_id", "C", "source", "user",
            "category", "wildlife", "received_at", "2026-03-02T09:00:00Z"),
        json("notice_id", "n3", "marketplace", M, "listing_id", "E", "source", "authority",
            "category", "wildlife", "received_at", "2026-03-01T09:00:00+01:00"),
        json("notice_id", "n3", "marketplace", M, "listing_id", "E", "source", "authority",
            "received_at", "2026-03-01T08:00:00Z"),
        json("notice_id", "n4", "marketplace", M, "listing_id", "E", "source", "bystander",
            "received_at", "2026-03-01T08:00:00Z"));
    events(EventKind.REMOVALS, "2026-03-10",
        json("marketplace", M, "listing_id", "B", "removed_at", "2026-03-01T20:00:00Z",
            "reason", "notice upheld"),
        json("marketplace", M, "listing_id", "H", "removed_at", "2026-03-10T12:00:00Z"),
        json("marketplace", M, "listing_id", "H", "removed_at", "2026-03-11T12:00:00Z"));
    events(EventKind.DECISIONS, "2026-03-05",
        json("marketplace", M, "listing_id", "A", "rule_id", "wl-ivory", "decision",
            "confirmed", "decided_at", "2026-03-01T15:00:00Z"),
        json("marketplace", M, "listing_id", "F", "decision", "rejected", "decided_at",
            "2026-03-02T11:00:00Z"));
    LifecycleJob.Summary s = new LifecycleJob(TestSpark.session(), warehouse, AS_OF,
        LifecycleJob.Settings.DEFAULTS).execute();
    for (Row r : TestSpark.session().read().parquet(s.path()).collectAsList()) {
      lifecycle.put(r.getAs("listing_id"), r);
    }
    new MetricsJob(TestSpark.session(), warehouse, AS_OF).execute();
    metrics = TestSpark.session().read().parquet(warehouse + "/metrics/as_of=" + AS_OF)
        .collectAsList();
  }

  static String json(String... kv) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        b.append(b.length() > 1 ? "," : "").append('"').append(kv[i]).append("\":\"")
            .append(kv[i + 1].replace("\"", "\\\"")).append('"');
      }
    }
    return b.append('}').toString();
  }

  static void flags(String date, String... idRuleCategory) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < idRuleCategory.length; i += 3) {
      rows.add(RowFactory.create("scan-" + date, M, idRuleCategory[i], null, null, "title",
          "en", idRuleCategory[i + 1], idRuleCategory[i + 1].substring(0, 2) + "-list",
          "1.0.0", idRuleCategory[i + 2], "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "high",
          1.0, List.of("x"), "x",
          LocalDateTime.parse(date + "T23:59:00"), true, Map.of()));
    }
    TestSpark.session().createDataFrame(rows, FlagRecord.SCHEMA).coalesce(1).write()
        .parquet(warehouse + "/flags/scan_date=" + date);
  }

  static LoadEventsJob.Summary events(EventKind kind, String date, String... lines)
      throws Exception {
    Path file = dir.resolve(kind.table() + "-" + date + ".jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return new LoadEventsJob(TestSpark.session(), kind, file.toString(),
        LocalDate.parse(date), warehouse).execute();
  }

  static Row l(String id) {
    Row r = lifecycle.get(id);
    assertTrue(r != null, "no lifecycle row for " + id + " in " + lifecycle.keySet());
    return r;
  }

  static LocalDateTime t(String s) {
    return LocalDateTime.parse(s);
  }

  @Test
  void everyFlaggedNotifiedOrRelistedListingHasOneRow() {
    assertEquals(java.util.Set.of("A", "B", "C", "D", "E", "F", "H", "G"), lifecycle.keySet());
  }

  @Test
  void removalTimesHoursAndBuckets() {
    // A: flagged day 1 10:00, absent from the day-3 snapshot (10:00): 48 h.
    assertEquals(t("2026-03-01T10:00"), l("A").getAs("first_flag_at"));
    assertEquals(t("2026-03-03T10:00"), l("A").getAs("removed_at"));
    assertEquals("disappeared", l("A").getAs("removal_source"));
    assertEquals(48.0, (double) l("A").getAs("hours_to_removal"));
    assertEquals("48h-1w", l("A").getAs("removal_bucket"));
    // B: trusted flagger at 12:00, removal event at 20:00: 8 h, though still in the feed.
    assertEquals("event", l("B").getAs("removal_source"));
    assertEquals("notice upheld", l("B").getAs("removal_reason"));
    assertEquals(8.0, (double) l("B").getAs("hours_to_removal"));
    assertEquals(8.0, (double) l("B").getAs("hours_from_notice_to_removal"));
    assertNull(l("B").getAs("hours_from_flag_to_removal"));
    assertEquals("<24h", l("B").getAs("removal_bucket"));
    assertEquals("trusted_flagger", l("B").getAs("detection_channel"));
    // C: user notice 03-02 09:00 came before the flag (10:00); status=removed on day 4.
    assertEquals("status_removed", l("C").getAs("removal_source"));
    assertEquals(49.0, (double) l("C").getAs("hours_to_removal"));
    assertEquals(48.0, (double) l("C").getAs("hours_from_flag_to_removal"));
    assertEquals(49.0, (double) l("C").getAs("hours_from_notice_to_removal"));
    assertEquals("user", l("C").getAs("detection_channel"));
    // D: exactly 24 h falls in 24-48h.
    assertEquals(24.0, (double) l("D").getAs("hours_to_removal"));
    assertEquals("24-48h", l("D").getAs("removal_bucket"));
    // E: authority notice at 08:00 (the duplicate notice id is rejected), never removed.
    assertEquals(t("2026-03-01T08:00"), l("E").getAs("first_notice_at"));
    assertEquals(1L, (long) l("E").getAs("notice_count"));
    assertEquals("still_online", l("E").getAs("removal_source"));
    assertEquals("not_removed", l("E").getAs("removal_bucket"));
    assertNull(l("E").getAs("hours_to_removal"));
    // H: the earliest removal event up to the as-of day: 03-10 12:00 is 218 h after the flag.
    assertEquals(218.0, (double) l("H").getAs("hours_to_removal"));
    assertEquals(">1w", l("H").getAs("removal_bucket"));
  }

  @Test
  void decisionsAndFirstFlags() {
    assertEquals("confirmed", l("A").getAs("decision"));
    assertEquals("wl-ivory", l("A").getAs("first_flag_rule_id"));
    assertEquals(1, (int) l("A").getAs("flag_rule_count"));
    assertEquals("rejected", l("F").getAs("decision"));
    assertEquals("wildlife", l("E").getAs("category"));
    assertEquals("counterfeit", l("B").getAs("category"));
  }

  @Test
  void editedReappearanceIsLinkedAsRelisting() {
    assertEquals("A", l("G").getAs("relisted_from_listing_id"));
    assertEquals("s1", l("G").getAs("relisted_from_seller_id"));
    assertTrue((double) l("G").getAs("relist_similarity") >= 0.6, "similarity "
        + l("G").getAs("relist_similarity"));
    assertEquals("wildlife", l("G").getAs("category"));
    assertEquals(1L, (long) l("A").getAs("relisted_count"));
    assertEquals(0L, (long) l("B").getAs("relisted_count"));
    assertFalse(lifecycle.containsKey("K"));
  }

  @Test
  void repeatInfringersCountFlaggedConfirmedAndRelistedListings() {
    // s1: A (confirmed), D (flagged), G (relisting of A) = 3; s2: B notice only, F rejected.
    assertTrue((boolean) l("A").getAs("repeat_infringer"));
    assertEquals(3L, (long) l("D").getAs("seller_infringing_listings"));
    assertEquals(1L, (long) l("D").getAs("seller_confirmed_listings"));
    assertFalse((boolean) l("F").getAs("repeat_infringer"));
    assertEquals(0L, (long) l("B").getAs("seller_infringing_listings"));
  }

  static Row metric(String grouping, String column, String value) {
    List<Row> found = metrics.stream().filter(r -> grouping.equals(r.getAs("grouping"))
        && (column == null || value.equals(r.getAs(column)))).toList();
    assertEquals(1, found.size(), grouping + " " + column + "=" + value + ": " + found);
    return found.get(0);
  }

  @Test
  void removalRatesBySourceAreExact() {
    // proactive: A, C, D, F, H flagged + G relisting = 6, removed A, C, D, H = 4.
    Row proactive = metric("source", "source", "proactive");
    assertEquals(6L, (long) proactive.getAs("offers"));
    assertEquals(4L, (long) proactive.getAs("removals"));
    assertEquals(0.6667, (double) proactive.getAs("removal_rate"));
    Row trusted = metric("source", "source", "trusted_flagger");
    assertEquals(1L, (long) trusted.getAs("offers"));
    assertEquals(1.0, (double) trusted.getAs("removal_rate"));
    assertEquals(1L, (long) trusted.getAs("removed_lt_24h"));
    assertEquals(0.0, (double) metric("source", "source", "authority").getAs("removal_rate"));
    // the user's notice on C came an hour before the flag: 49 h from the notice.
    assertEquals(49.0, (double) metric("source", "source", "user")
        .getAs("median_hours_to_removal"));
  }

  @Test
  void overallIndicators() {
    Row all = metric("all", null, null);
    assertEquals(8L, (long) all.getAs("offers"));
    assertEquals(3L, (long) all.getAs("notices"));
    assertEquals(5L, (long) all.getAs("removals"));
    // removed hours: 8, 24, 48, 49, 218 -> median 48, p90 = 49 + 0.6 * (218 - 49) = 150.4
    assertEquals(48.0, (double) all.getAs("median_hours_to_removal"));
    assertEquals(150.4, (double) all.getAs("p90_hours_to_removal"), 1e-9);
    assertEquals(1L, (long) all.getAs("removed_lt_24h"));
    assertEquals(1L, (long) all.getAs("removed_24_48h"));
    assertEquals(2L, (long) all.getAs("removed_48h_1w"));
    assertEquals(1L, (long) all.getAs("removed_gt_1w"));
    assertEquals(3L, (long) all.getAs("not_removed"));
    assertEquals(1L, (long) all.getAs("relisted"));
    assertEquals(1L, (long) all.getAs("relistings"));
    assertEquals(1L, (long) all.getAs("repeat_infringers"));
    // proactive first: A, D, F, H, G; by notice first: B, C, E.
    assertEquals(0.625, (double) all.getAs("proactive_share"));
  }

  @Test
  void precisionPerRule() {
    assertEquals(1.0, (double) metric("rule", "rule_id", "wl-ivory").getAs("precision"));
    assertEquals(0.0, (double) metric("rule", "rule_id", "wl-rhino").getAs("precision"));
    assertNull(metric("rule", "rule_id", "un-lasers").getAs("precision"));
  }

  @Test
  void metricsReadBackInDuckDb() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT source, removal_rate, typeof(day),"
            + " typeof(as_of), typeof(median_hours_to_removal) FROM read_parquet('" + warehouse
            + "/metrics/**/*.parquet', hive_partitioning = true) WHERE grouping = 'source'"
            + " ORDER BY source")) {
      List<String> got = new ArrayList<>();
      while (rs.next()) {
        got.add(rs.getString(1) + "=" + rs.getDouble(2) + " " + rs.getString(3) + " "
            + rs.getString(4) + " " + rs.getString(5));
      }
      assertEquals(List.of("authority=0.0 DATE DATE DOUBLE", "proactive=0.6667 DATE DATE DOUBLE",
          "trusted_flagger=1.0 DATE DATE DOUBLE", "user=1.0 DATE DATE DOUBLE"), got);
    }
  }

  @Test
  void badEventRowsAreQuarantinedWithReasons() {
    List<Row> rejects = TestSpark.session().read()
        .json(warehouse + "/rejects/notices/load_date=2026-03-02").collectAsList();
    assertEquals(2, rejects.size());
    String all = rejects.toString();
    assertTrue(all.contains("duplicate notice_id \"n3\""), all);
    assertTrue(all.contains("source must be one of"), all);
    assertTrue(all.contains("bystander"), all);
  }

  @Test
  void rerunReplacesThePartition() {
    LifecycleJob.Summary again = new LifecycleJob(TestSpark.session(), warehouse, AS_OF,
        LifecycleJob.Settings.DEFAULTS).execute();
    assertEquals(8L, again.listings());
    assertEquals(8L, TestSpark.session().read().parquet(again.path()).count());
  }
}
