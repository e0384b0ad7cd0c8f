package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.report.AutomatedDecision;
import org.marketsweep.report.HtmlReport;
import org.marketsweep.report.StatementMapper;
import org.marketsweep.report.StatementOfReasons;
import org.marketsweep.report.TerritorialScope;

/**
 * The report of 2026-03-01..10 over {@link ReportFixture}'s warehouse: the page's charts and
 * their bars, the CSV numbers against {@link MetricsJob#compute}, the statements of reasons,
 * escaping, re-runs, and the period filter.
 */
class ReportJobTest {
  static final LocalDate FROM = ReportFixture.FIRST;
  static final LocalDate TO = ReportFixture.AS_OF;
  static final ObjectMapper JSON = new ObjectMapper();

  static String warehouse;
  static Path folder;
  static String html;
  static Dataset<Row> lifecycle;

  @TempDir Path tmp;

  @BeforeAll
  static void report() throws Exception {
    warehouse = ReportFixture.warehouse();
    ReportJob.Summary s = run(FROM, TO, null, StatementMapper.Settings.DEFAULTS);
    folder = Path.of(warehouse, "reports", TO.toString());
    assertEquals(folder.resolve("report.html").toString(), s.path());
    html = Files.readString(folder.resolve("report.html"));
    lifecycle = TestSpark.session().read().parquet(warehouse + "/lifecycle/as_of=" + TO);
  }

  static ReportJob.Summary run(LocalDate from, LocalDate to, String out,
      StatementMapper.Settings settings) {
    return new ReportJob(TestSpark.session(), new ReportJob.Request(warehouse, from, to, out,
        settings, "test")).execute();
  }

  static List<CSVRecord> csv(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(in).getRecords();
    }
  }

  static List<CSVRecord> csv(String name) throws Exception {
    return csv(folder.resolve(name));
  }

  /** The SVG element of the chart with {@code id}. */
  static String svg(String id) {
    int start = html.indexOf("<svg class=\"chart\" id=\"" + id + "\"");
    assertTrue(start >= 0, "no chart " + id);
    return html.substring(start, html.indexOf("</svg>", start));
  }

  /** The {@code <rect class="bar">} of a chart (of one series, or all) as (value, length). */
  static List<double[]> bars(String svg, String lengthAttribute, String series) {
    Matcher m = Pattern.compile("<rect class=\"bar\"[^>]*? " + lengthAttribute
        + "=\"([0-9.]+)\"[^>]*? " + (series == null ? "" : "data-series=\"" + series + "\" ")
        + "data-value=\"([0-9.]+)\"").matcher(svg);
    List<double[]> bars = new ArrayList<>();
    while (m.find()) {
      bars.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))});
    }
    if (series == null) {
      assertEquals(count(svg, "<rect class=\"bar\""), bars.size(), "bars parsed in " + svg);
    }
    return bars;
  }

  static List<double[]> bars(String svg, String lengthAttribute) {
    return bars(svg, lengthAttribute, null);
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** Bars are as long as their values say: the same length per unit for every bar. */
  static void assertProportional(List<double[]> bars, double plot) {
    assertFalse(bars.isEmpty());
    double perUnit = bars.get(0)[1] / bars.get(0)[0];
    for (double[] b : bars) {
      assertTrue(b[0] > 0, "zero bar drawn");
      assertEquals(perUnit * b[0], b[1], 0.02, "bar of value " + b[0]);
      assertTrue(b[1] <= plot + 0.01, "bar longer than the plot: " + b[1]);
    }
  }

  static List<Double> values(List<double[]> bars) {
    return bars.stream().map(b -> b[0]).toList();
  }

  static List<Double> nonZero(List<CSVRecord> rows, String column) {
    return rows.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty())
        .map(Double::parseDouble).filter(v -> v > 0).toList();
  }

  @Test
  void everyChartHasBarsSizedByTheNumbersOfItsTable() throws Exception {
    List<double[]> buckets = bars(svg("chart-removal-time"), "width");
    assertEquals(5, buckets.size());
    assertEquals(nonZero(csv("removal_buckets.csv"), "offers"), values(buckets));
    assertProportional(buckets, 330);

    List<double[]> sources = bars(svg("chart-sources"), "width");
    assertEquals(nonZero(csv("removal_by_source.csv"), "removal_rate"), values(sources));
    assertEquals(4, sources.size());
    assertProportional(sources, 330);

    List<CSVRecord> days = csv("daily_trend.csv");
    String trend = svg("chart-trend");
    for (String series : List.of("detected", "notices", "removals")) {
      String column = series.equals("detected") ? "offers_detected" : series;
      assertEquals(nonZero(days, column), values(bars(trend, "height", series)), series);
    }
    assertProportional(bars(trend, "height"), 208);

    List<CSVRecord> rules = csv("rules.csv");
    List<double[]> top = bars(svg("chart-rules"), "width");
    assertEquals(nonZero(rules, "offers_flagged").subList(0, 10), values(top));
    assertProportional(top, 330);

    List<double[]> precision = bars(svg("chart-precision"), "width");
    assertTrue(precision.size() >= 5, "precision bars: " + precision.size());
    assertProportional(precision, 330);
  }

  @Test
  void everyChartHasATableWithTheSameNumbers() {
    for (String section : List.of("removal-time", "sources", "trend", "rules", "precision")) {
      int start = html.indexOf("<section class=\"card\" id=\"" + section + "\">");
      String part = html.substring(start, html.indexOf("</section>", start));
      assertTrue(part.contains("<svg class=\"chart\""), section);
      assertTrue(part.contains("<table>"), section);
    }
    String sources = html.substring(html.indexOf("id=\"sources\""));
    assertTrue(sources.contains("Trusted flaggers"), sources);
  }

  @Test
  void thePageNeedsNothingFromTheNetworkOrAnyOtherFile() {
    for (String banned : List.of("http://", "https://", "src=", "href=", "url(", "@import",
        "<script", "<link", "<iframe", "<img")) {
      assertFalse(html.toLowerCase().contains(banned), "report.html contains " + banned);
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>"));
  }

  @Test
  void textFromTheDataIsEscaped() {
    assertTrue(html.contains("Carved rhino horn libation cup &lt;script&gt;alert(&quot;x&quot;)"
        + "&lt;/script&gt;"), "escaped title");
    assertTrue(html.contains("<td>s1&lt;&amp;&gt;</td>"), "escaped seller id");
    assertFalse(html.contains("s1<&>"));
  }

  @Test
  void headlineAndTablesEqualTheMetrics() throws Exception {
    Dataset<Row> period = lifecycle.where("to_date(detected_at) BETWEEN '" + FROM + "' AND '"
        + TO + "' OR to_date(removed_at) BETWEEN '" + FROM + "' AND '" + TO + "'");
    List<Row> metrics = MetricsJob.compute(TestSpark.session(), period).collectAsList();
    Row all = metrics.stream().filter(r -> r.getAs("grouping").equals("all")).findFirst()
        .orElseThrow();
    CSVRecord headline = csv("headline.csv").get(0);
    assertEquals(lifecycle.count(), Long.parseLong(headline.get("offers")));
    for (String column : List.of("offers", "offers_flagged", "notices", "removals",
        "removal_rate", "median_hours_to_removal", "p90_hours_to_removal", "proactive_share",
        "notice_share", "relisted", "relistings", "repeat_infringers", "confirmed", "rejected",
        "reinstated", "precision")) {
      assertEquals(((Number) all.getAs(column)).doubleValue(),
          Double.parseDouble(headline.get(column)), 1e-9, column);
    }
    assertEquals(List.of(FROM.toString(), TO.toString(), TO.toString()), List.of(
        headline.get("period_from"), headline.get("period_to"), headline.get("as_of")));

    Map<String, String> bucketColumns = Map.of("<24h", "removed_lt_24h", "24-48h",
        "removed_24_48h", "48h-1w", "removed_48h_1w", ">1w", "removed_gt_1w", "not_removed",
        "not_removed");
    for (CSVRecord b : csv("removal_buckets.csv")) {
      assertEquals((long) all.getAs(bucketColumns.get(b.get("bucket"))),
          Long.parseLong(b.get("offers")), b.get("bucket"));
    }
    for (CSVRecord s : csv("removal_by_source.csv")) {
      Row m = metrics.stream().filter(r -> r.getAs("grouping").equals("source")
          && s.get("source").equals(r.getAs("source"))).findFirst().orElseThrow();
      for (String column : List.of("offers", "notices", "removals", "removal_rate")) {
        assertEquals(((Number) m.getAs(column)).doubleValue(), Double.parseDouble(s.get(column)),
            1e-9, s.get("source") + " " + column);
      }
    }
    List<Row> ruleMetrics = metrics.stream().filter(r -> r.getAs("grouping").equals("rule"))
        .toList();
    List<CSVRecord> rules = csv("rules.csv");
    assertEquals(ruleMetrics.size(), rules.size());
    for (CSVRecord rule : rules) {
      Row m = ruleMetrics.stream().filter(r -> rule.get("rule_id").equals(r.getAs("rule_id")))
          .findFirst().orElseThrow();
      assertEquals((long) m.getAs("offers"), Long.parseLong(rule.get("offers_flagged")));
      assertEquals((long) m.getAs("rejected"), Long.parseLong(rule.get("rejected")));
      Object precision = m.getAs("precision");
      assertEquals(precision == null ? "" : String.valueOf(precision), rule.get("precision"));
    }
    assertEquals((long) all.getAs("repeat_infringers"), csv("repeat_infringers.csv").size());
  }

  @Test
  void dailyTrendCountsEachDayOfThePeriod() throws Exception {
    List<CSVRecord> days = csv("daily_trend.csv");
    assertEquals(10, days.size());
    Map<String, Long> detected = new TreeMap<>();
    Map<String, Long> removed = new TreeMap<>();
    for (Row r : lifecycle.collectAsList()) {
      detected.merge(r.getAs("detected_at").toString().substring(0, 10), 1L, Long::sum);
      if (r.getAs("removed_at") != null) {
        removed.merge(r.getAs("removed_at").toString().substring(0, 10), 1L, Long::sum);
      }
    }
    Map<String, Long> notices = new TreeMap<>();
    for (String[] n : ReportFixture.notices()) {
      notices.merge(n[2].substring(0, 10), 1L, Long::sum);
    }
    for (CSVRecord d : days) {
      String day = d.get("day");
      assertEquals(detected.getOrDefault(day, 0L), Long.parseLong(d.get("offers_detected")), day);
      assertEquals(notices.getOrDefault(day, 0L), Long.parseLong(d.get("notices")), day);
      assertEquals(removed.getOrDefault(day, 0L), Long.parseLong(d.get("removals")), day);
    }
    // shopnet: B, D, A, C, H; bazaar: every offer with hours to removal.
    assertEquals(5 + 17, days.stream().mapToLong(d -> Long.parseLong(d.get("removals"))).sum());
  }

  @Test
  void oneStatementOfReasonsPerRemovedOffer() throws Exception {
    List<String> lines = Files.readAllLines(folder.resolve("statements_of_reasons.jsonl"));
    List<CSVRecord> rows = csv("statements_of_reasons.csv");
    long removed = lifecycle.where("removed_at IS NOT NULL").count();
    assertEquals(22, removed);
    assertEquals(removed, lines.size());
    assertEquals(removed, rows.size());
    assertEquals(removed, Long.parseLong(csv("headline.csv").get(0)
        .get("statements_of_reasons")));
    Set<String> puids = new HashSet<>();
    Map<String, JsonNode> byListing = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode s = JSON.readTree(lines.get(i));
      for (String field : List.of("decision_visibility", "decision_ground", "content_type",
          "category", "territorial_scope", "content_date", "application_date",
          "decision_facts", "source_type", "automated_detection", "automated_decision",
          "puid")) {
        assertTrue(s.has(field), field + " missing in " + s);
      }
      s.fieldNames().forEachRemaining(f -> assertTrue(StatementOfReasons.ATTRIBUTES.contains(f),
          "not an API attribute: " + f));
      assertEquals("[\"DECISION_VISIBILITY_CONTENT_REMOVED\"]",
          s.get("decision_visibility").toString());
      assertEquals("[\"CONTENT_TYPE_PRODUCT\"]", s.get("content_type").toString());
      assertEquals("[]", s.get("territorial_scope").toString());
      assertTrue(Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
          "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY")
          .contains(s.get("source_type").asText()), s.toString());
      assertEquals("AUTOMATED_DECISION_NOT_AUTOMATED", s.get("automated_decision").asText());
      if (s.get("decision_ground").asText().equals("DECISION_GROUND_ILLEGAL_CONTENT")) {
        assertTrue(s.has("illegal_content_legal_ground") && s.has("illegal_content_explanation"));
      }
      String puid = s.get("puid").asText();
      assertTrue(puid.matches("[A-Za-z0-9_-]{1,500}"), puid);
      assertTrue(puids.add(puid), "puid twice: " + puid);
      assertTrue(s.get("content_date").asText().compareTo(s.get("application_date").asText())
          <= 0, s.toString());
      assertTrue(s.get("decision_facts").asText().length() <= 5000);
      assertEquals(puid, rows.get(i).get("puid"));
      byListing.put(rows.get(i).get("marketplace") + "/" + rows.get(i).get("listing_id"), s);
    }
    JsonNode a = byListing.get("shopnet/A");
    assertEquals("SOURCE_VOLUNTARY", a.get("source_type").asText());
    assertEquals("Yes", a.get("automated_detection").asText());
    assertEquals("STATEMENT_CATEGORY_ANIMAL_WELFARE", a.get("category").asText());
    assertEquals("[\"KEYWORD_UNLAWFUL_SALE_ANIMALS\"]",
        a.get("category_specification").toString());
    assertEquals("EN", a.get("content_language").asText());
    assertEquals("2026-03-01", a.get("content_date").asText());
    assertEquals("2026-03-03", a.get("application_date").asText());
    assertTrue(a.get("illegal_content_legal_ground").asText().contains("338/97"));
    assertTrue(a.get("decision_facts").asText().contains("48.0 hours"), a.toString());
    JsonNode b = byListing.get("shopnet/B");
    assertEquals("SOURCE_TRUSTED_FLAGGER", b.get("source_type").asText());
    assertEquals("No", b.get("automated_detection").asText());
    assertEquals("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        b.get("category").asText());
    assertNull(b.get("content_language"), "no language known for B");
    assertEquals("SOURCE_ARTICLE_16", byListing.get("shopnet/C").get("source_type").asText());
    assertEquals("STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        byListing.get("shopnet/H").get("category").asText());
    assertEquals("SOURCE_TYPE_OTHER_NOTIFICATION",
        byListing.get("bazaar/b04").get("source_type").asText());
    JsonNode b18 = byListing.get("bazaar/b18");
    assertEquals("EN", b18.get("content_language").asText(), "from the snapshot's en-GB");
    assertEquals("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        b18.get("category").asText());
    assertEquals("[\"DECISION_VISIBILITY_CONTENT_REMOVED\"]",
        rows.get(0).get("decision_visibility"));
  }

  @Test
  void rerunReplacesTheFolderAndTakesTheSettings() throws Exception {
    Path out = tmp.resolve("reports");
    run(FROM, TO, out.toString(), StatementMapper.Settings.DEFAULTS);
    Path marker = out.resolve(TO.toString()).resolve("left-over.txt");
    Files.writeString(marker, "from the first run");
    ReportJob.Summary s = run(FROM, TO, out.toString(), new StatementMapper.Settings(
        TerritorialScope.parse(List.of("EU", "NO")), AutomatedDecision.PARTIALLY));
    assertFalse(Files.exists(marker), "the re-run replaced the folder");
    assertFalse(Files.exists(out.resolve("_staging")));
    assertEquals(22, s.statements());
    JsonNode first = JSON.readTree(Files.readAllLines(out.resolve(TO.toString())
        .resolve("statements_of_reasons.jsonl")).get(0));
    assertEquals(28, first.get("territorial_scope").size());
    assertEquals("AUTOMATED_DECISION_PARTIALLY", first.get("automated_decision").asText());
    assertTrue(Files.readString(out.resolve(TO.toString()).resolve("report.html"))
        .contains("Territorial scope: AT, BE"));
  }

  @Test
  void thePeriodKeepsOffersFirstReportedOrRemovedInIt() throws Exception {
    LocalDate from = LocalDate.parse("2026-03-02");
    Path out = tmp.resolve("early");
    run(from, ReportFixture.EARLY, out.toString(), new StatementMapper.Settings(List.of("DE"),
        AutomatedDecision.NOT_AUTOMATED));
    Path early = out.resolve(ReportFixture.EARLY.toString());
    Dataset<Row> asOf = TestSpark.session().read().parquet(warehouse + "/lifecycle/as_of="
        + ReportFixture.EARLY);
    long expected = asOf.where("to_date(detected_at) BETWEEN '2026-03-02' AND '2026-03-03'"
        + " OR to_date(removed_at) BETWEEN '2026-03-02' AND '2026-03-03'").count();
    assertEquals(expected, Long.parseLong(csv(early.resolve("headline.csv")).get(0)
        .get("offers")));
    Set<String> shopnet = new HashSet<>();
    for (CSVRecord r : csv(early.resolve("statements_of_reasons.csv"))) {
      if (r.get("marketplace").equals("shopnet")) {
        shopnet.add(r.get("listing_id"));
      }
      assertEquals("[\"DE\"]", r.get("territorial_scope"));
    }
    // A left on 03-03, D on 03-02; B's removal (03-01) is before the period.
    assertEquals(Set.of("A", "D"), shopnet);
    assertEquals(2, csv(early.resolve("daily_trend.csv")).size());
  }

  @Test
  void anEmptyPeriodStillGivesAReport() throws Exception {
    String asOf = "2026-02-28";
    TestSpark.session().createDataFrame(List.of(), lifecycle.schema()).write()
        .parquet(warehouse + "/lifecycle/as_of=" + asOf);
    Path out = tmp.resolve("empty");
    ReportJob.Summary s = run(LocalDate.parse("2026-02-20"), LocalDate.parse(asOf),
        out.toString(), StatementMapper.Settings.DEFAULTS);
    assertEquals(0, s.offers());
    String page = Files.readString(out.resolve(asOf).resolve("report.html"));
    assertTrue(page.contains("Nothing to show in this period."));
    assertEquals(0, count(page, "<rect class=\"bar\""));
    assertEquals("0", csv(out.resolve(asOf).resolve("headline.csv")).get(0).get("offers"));
    assertEquals(9, csv(out.resolve(asOf).resolve("daily_trend.csv")).size());
    assertEquals(0, Files.size(out.resolve(asOf).resolve("statements_of_reasons.jsonl")));
  }

  @Test
  void aMissingLifecycleNamesThePathAndTheCommandToRun() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(FROM, LocalDate.parse("2026-03-09"), null, StatementMapper.Settings.DEFAULTS));
    assertTrue(e.getMessage().contains(warehouse + "/lifecycle/as_of=2026-03-09"),
        e.getMessage());
    assertTrue(e.getMessage().contains("marketsweep lifecycle --date 2026-03-09"),
        e.getMessage());
  }

  @Test
  void chartColoursAreDistinct() {
    assertEquals(5, new HashSet<>(HtmlReport.CHART_COLOURS.values()).size());
  }
}
