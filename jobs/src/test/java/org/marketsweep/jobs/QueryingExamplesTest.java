package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.lists.Category;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/**
 * Runs the SQL examples of the README ({@code docs/queries/duckdb/*.sql},
 * {@code docs/queries/spark/*.sql}, included there verbatim) against a small warehouse: two
 * days of the test feed (listing 3 gone on the second day), scanned with the test lists,
 * notices, a removal and decisions, the lifecycle as of the second day, and one sweep.
 */
class QueryingExamplesTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path QUERIES = REPO.resolve("docs/queries");
  @TempDir static Path dir;
  static Path warehouse;
  static String sweepId;

  @BeforeAll
  static void buildWarehouse() throws Exception {
    warehouse = dir.resolve("warehouse");
    Path feed = Path.of(QueryingExamplesTest.class.getResource("/feeds/listings.jsonl").toURI());
    Path day2 = dir.resolve("day2.jsonl");
    // Latin-1 keeps the feed's deliberately invalid UTF-8 bytes as they are.
    Files.write(day2, Files.readAllLines(feed, StandardCharsets.ISO_8859_1).stream()
        .filter(l -> !l.contains("\"listing_id\": \"3\"")).toList(),
        StandardCharsets.ISO_8859_1);
    List<Rule> rules = KeywordLists.load(
        Path.of(QueryingExamplesTest.class.getResource("/lists").toURI())).rules();
    ListingParser parser = new ListingParser(FeedMapping.identity());
    String[][] days = {{feed.toString(), "2026-11-01"}, {day2.toString(), "2026-11-02"}};
    for (String[] day : days) {
      LocalDate date = LocalDate.parse(day[1]);
      new IngestListingsJob(TestSpark.session(), day[0], "m1", date, warehouse.toString(),
          parser).execute();
      new ScanListingsJob(TestSpark.session(), null, warehouse.toString(), rules, parser, date)
          .execute();
    }
    Path notices = Files.writeString(dir.resolve("notices.jsonl"), String.join("\n",
        "{\"notice_id\":\"n1\",\"marketplace\":\"m1\",\"listing_id\":\"1\","
            + "\"source\":\"trusted_flagger\",\"received_at\":\"2026-11-01T08:00:00Z\"}",
        "{\"notice_id\":\"n2\",\"marketplace\":\"m1\",\"listing_id\":\"4\","
            + "\"source\":\"user\",\"received_at\":\"2026-11-01T12:00:00Z\"}"));
    Path removals = Files.writeString(dir.resolve("removals.jsonl"), "{\"marketplace\":"
        + "\"m1\",\"listing_id\":\"4\",\"removed_at\":\"2026-11-01T18:00:00Z\"}");
    Path decisions = Files.writeString(dir.resolve("decisions.csv"), String.join("\n",
        "marketplace,listing_id,decision,decided_at", "m1,1,confirmed,2026-11-01T13:00:00Z",
        "m1,4,confirmed,2026-11-01T14:00:00Z"));
    LocalDate day1 = LocalDate.parse("2026-11-01");
    new LoadEventsJob(TestSpark.session(), org.marketsweep.io.EventKind.NOTICES,
        notices.toString(), day1, warehouse.toString()).execute();
    new LoadEventsJob(TestSpark.session(), org.marketsweep.io.EventKind.REMOVALS,
        removals.toString(), day1, warehouse.toString()).execute();
    new LoadEventsJob(TestSpark.session(), org.marketsweep.io.EventKind.DECISIONS,
        decisions.toString(), day1, warehouse.toString()).execute();
    new LifecycleJob(TestSpark.session(), warehouse.toString(), LocalDate.parse("2026-11-02"),
        LifecycleJob.Settings.DEFAULTS).execute();
    Path list = Files.writeString(dir.resolve("request.txt"),
        "# name: request\nivory\nrolex\n");
    sweepId = new SweepSnapshotsJob(TestSpark.session(), new SweepSnapshotsJob.Request(
        SweepList.load(list, Category.WILDLIFE), LocalDate.parse("2026-11-01"),
        LocalDate.parse("2026-11-02"), warehouse.toString(), Set.of(), null, null, "test"))
        .execute().sweepId();
  }

  static String sql(String engine, String name) throws Exception {
    String text = Files.readString(QUERIES.resolve(engine).resolve(name + ".sql"));
    String readme = Files.readString(REPO.resolve("README.md"));
    assertTrue(readme.contains(text), "README.md does not include docs/queries/" + engine + "/"
        + name + ".sql verbatim");
    return text.replace("'warehouse/", "'" + warehouse + "/")
        .replace("`warehouse/", "`" + warehouse + "/");
  }

  static String duckdb(String name) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql("duckdb", name))) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          cells.add(rs.getString(i));
        }
        out.append(String.join("|", cells)).append('\n');
      }
    }
    return out.toString();
  }

  static String spark(String name) throws Exception {
    Dataset<Row> result = null;
    for (String statement : sql("spark", name).split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        result = TestSpark.session().sql(statement);
      }
    }
    return result.collectAsList().stream()
        .map(r -> r.mkString("|")).collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void flagsByCategoryPerDay() throws Exception {
    String expected = """
        2026-11-01|counterfeit|2|1
        2026-11-01|unsafe|1|1
        2026-11-01|wildlife|2|2
        2026-11-02|unsafe|1|1
        2026-11-02|wildlife|2|2
        """;
    assertEquals(expected, duckdb("flags_by_category_per_day"));
    assertEquals(expected, spark("flags_by_category_per_day"));
  }

  @Test
  void topSellers() throws Exception {
    String expected = """
        m1|s1|4|2|2026-11-02
        m1|s3|2|1|2026-11-01
        m1|s6|2|1|2026-11-02
        """;
    assertEquals(expected, duckdb("top_sellers"));
    assertEquals(expected, spark("top_sellers"));
  }

  @Test
  void removalBySourceLastWeek() throws Exception {
    // Flagged: 1 (10:00), 3 (10:00), 4 (11:00), 7 (10:00, status=removed at once). 3 is gone
    // from day 2, whose first observation (09:05) precedes its flag: 0 h; 4 is removed by an
    // event at 18:00: 7 h from its flag, 6 h from the user's notice at 12:00.
    assertEquals("""
        proactive|4|3|0.0
        trusted_flagger|1|0|null
        user|1|1|6.0
        """, duckdb("removal_by_source_last_week"));
    assertEquals(duckdb("removal_by_source_last_week"), spark("removal_by_source_last_week"));
  }

  @Test
  void topSellersConfirmed() throws Exception {
    assertEquals("""
        m1|s1|2|2|false
        m1|s3|0|1|false
        m1|s6|0|1|false
        """, duckdb("top_sellers_confirmed"));
    assertEquals(duckdb("top_sellers_confirmed"), spark("top_sellers_confirmed"));
  }

  @Test
  void sweepHitsByDay() throws Exception {
    String expected = sweepId + "|2026-11-01|3|0\n" + sweepId + "|2026-11-02|0|1\n";
    assertEquals(expected, duckdb("sweep_hits_by_day"));
    assertEquals(expected, spark("sweep_hits_by_day"));
  }
}
