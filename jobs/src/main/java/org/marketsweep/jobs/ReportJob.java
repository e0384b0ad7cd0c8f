package org.marketsweep.jobs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.ListingReader;
import org.marketsweep.report.HtmlReport;
import org.marketsweep.report.ReportCsv;
import org.marketsweep.report.StatementFacts;
import org.marketsweep.report.StatementMapper;
import org.marketsweep.report.StatementsWriter;
import org.marketsweep.report.TransparencyReport;
import org.marketsweep.report.TransparencyReport.Bucket;
import org.marketsweep.report.TransparencyReport.DayRow;
import org.marketsweep.report.TransparencyReport.Headline;
import org.marketsweep.report.TransparencyReport.Infringer;
import org.marketsweep.report.TransparencyReport.OpenOffer;
import org.marketsweep.report.TransparencyReport.RuleRow;
import org.marketsweep.report.TransparencyReport.SourceRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transparency report of a period, from {@code lifecycle/as_of=<to>/}: the offers first
 * reported or removed in the period, their metrics (computed by {@link MetricsJob#compute}),
 * a daily trend, repeat infringers, and one statement of reasons per offer removed in the
 * period (EU DSA Transparency Database fields, see {@link StatementMapper}).
 *
 * <p>Output: {@code <out>/<to>/} (default {@code <warehouse>/reports/<to>/}) with
 * {@code report.html} (self-contained, opens offline), the tables as CSV and the statements as
 * JSON Lines and CSV. The folder is written to {@code <out>/_staging/} and swapped in by
 * renames: a failed run leaves the previous report as it was, a re-run replaces it.
 */
public final class ReportJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);
  private static final String[][] BUCKETS = {{"<24h", "removed_lt_24h"},
      {"24-48h", "removed_24_48h"}, {"48h-1w", "removed_48h_1w"}, {">1w", "removed_gt_1w"},
      {"not_removed", "not_removed"}};

  /**
   * What to report.
   *
   * @param out folder receiving {@code <to>/}; null for {@code <warehouse>/reports}
   * @param toolVersion shown on the page
   */
  public record Request(String warehouse, LocalDate from, LocalDate to, String out,
      StatementMapper.Settings statements, String toolVersion) {
    public Request {
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(statements, "statements");
      if (from.isAfter(to)) {
        throw new IllegalArgumentException("The period starts after it ends: --from " + from
            + " is after --to " + to);
      }
    }

    public String outputRoot() {
      return out != null ? out : warehouse + "/reports";
    }
  }

  /** What a report run wrote. */
  public record Summary(LocalDate from, LocalDate to, long offers, long removals,
      long statements, boolean territorialScope, String path) {
    public String render() {
      return String.format(Locale.ROOT, "report %s to %s: %,d offers, %,d removals, %,d"
          + " statements of reasons -> %s%n", from, to, offers, removals, statements, path);
    }
  }

  private final SparkSession spark;
  private final Request request;

  public ReportJob(SparkSession spark, Request request) {
    this.spark = spark;
    this.request = request;
  }

  public Summary execute() {
    String lifecycle = lifecyclePath();
    LOG.info("Report {} to {} from {}", request.from(), request.to(), lifecycle);
    Dataset<Row> period = spark.read().parquet(lifecycle)
        .where(inPeriod("detected_at") + " OR " + inPeriod("removed_at"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    period.createOrReplaceTempView("rp_period");
    try {
      Map<String, List<Row>> metrics = new HashMap<>();
      for (Row r : MetricsJob.compute(spark, period).collectAsList()) {
        metrics.computeIfAbsent(r.getAs("grouping"), g -> new ArrayList<>()).add(r);
      }
      return write(metrics);
    } finally {
      period.unpersist();
    }
  }

  private String lifecyclePath() {
    String path = request.warehouse() + "/lifecycle/as_of=" + request.to();
    if (!exists(path)) {
      throw new IllegalArgumentException("No lifecycle as of " + request.to() + ": " + path
          + " does not exist; run `marketsweep lifecycle --date " + request.to()
          + " --warehouse " + request.warehouse() + "` first");
    }
    return path;
  }

  private Summary write(Map<String, List<Row>> metrics) {
    Path target = new Path(request.outputRoot(), request.to().toString());
    Path stagingRoot = new Path(request.outputRoot(), PartitionWriter.STAGING);
    Path staging = new Path(stagingRoot, request.to() + "-" + UUID.randomUUID());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = target.getFileSystem(conf);
      try {
        long statements = writeStatements(fs, staging);
        TransparencyReport report = report(metrics, statements);
        for (ReportCsv.Table table : ReportCsv.tables(report)) {
          try (Writer out = create(fs, new Path(staging, table.file()))) {
            ReportCsv.write(table, out);
          }
        }
        try (Writer out = create(fs, new Path(staging, "report.html"))) {
          out.write(HtmlReport.render(report));
        }
        PartitionWriter.swap(fs, staging, target);
        PartitionWriter.cleanStaging(fs, stagingRoot);
        return new Summary(request.from(), request.to(), report.headline().offers(),
            report.headline().removals(), statements,
            !request.statements().territorialScope().isEmpty(), target + "/report.html");
      } catch (IOException | RuntimeException e) {
        fs.delete(staging, true);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report " + target, e);
    }
  }

  private long writeStatements(FileSystem fs, Path staging) throws IOException {
    StatementMapper mapper = new StatementMapper(request.statements());
    Iterator<StatementFacts> facts = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
        statementRows().toLocalIterator(), Spliterator.ORDERED), false).map(ReportJob::facts)
        .iterator();
    try (Writer jsonl = create(fs, new Path(staging, "statements_of_reasons.jsonl"));
        Writer csv = create(fs, new Path(staging, "statements_of_reasons.csv"))) {
      return StatementsWriter.write(facts, mapper, jsonl, csv);
    }
  }

  private TransparencyReport report(Map<String, List<Row>> metrics, long statements) {
    List<Row> all = metrics.getOrDefault("all", List.of());
    Row total = all.isEmpty() ? null : all.get(0);
    return new TransparencyReport(request.from(), request.to(), request.to(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), request.toolVersion(),
        total == null ? Headline.EMPTY : headline(total), buckets(total),
        sources(metrics.getOrDefault("source", List.of())), days(metrics.getOrDefault("day",
            List.of())), rules(metrics.getOrDefault("rule", List.of())), infringers(),
        stillOnline(), statements, request.statements().territorialScope());
  }

  private static Headline headline(Row r) {
    return new Headline(count(r, "offers"), count(r, "offers_flagged"), count(r, "notices"),
        count(r, "removals"), number(r, "removal_rate"), number(r, "median_hours_to_removal"),
        number(r, "p90_hours_to_removal"), number(r, "proactive_share"),
        number(r, "notice_share"), count(r, "relisted"), count(r, "relistings"),
        count(r, "repeat_infringers"), count(r, "confirmed"), count(r, "rejected"),
        count(r, "reinstated"), number(r, "precision"));
  }

  private static List<Bucket> buckets(Row total) {
    List<Bucket> buckets = new ArrayList<>();
    for (String[] b : BUCKETS) {
      buckets.add(new Bucket(b[0], HtmlReport.BUCKET_LABELS.get(b[0]),
          total == null ? 0 : count(total, b[1])));
    }
    return buckets;
  }

  /** Every notice source, in the page's order, with zeros for a source without offers. */
  private static List<SourceRow> sources(List<Row> rows) {
    List<SourceRow> sources = new ArrayList<>();
    for (Map.Entry<String, String> s : HtmlReport.SOURCE_LABELS.entrySet()) {
      Row r = rows.stream().filter(x -> s.getKey().equals(x.getAs("source"))).findFirst()
          .orElse(null);
      sources.add(r == null ? new SourceRow(s.getKey(), s.getValue(), 0, 0, 0, null, null, null)
          : new SourceRow(s.getKey(), s.getValue(), count(r, "offers"), count(r, "notices"),
              count(r, "removals"), number(r, "removal_rate"),
              number(r, "median_hours_to_removal"), number(r, "p90_hours_to_removal")));
    }
    return sources;
  }

  /** Every day of the period: offers first reported (metrics), notices and removals. */
  private List<DayRow> days(List<Row> dayMetrics) {
    Map<LocalDate, Long> detected = new HashMap<>();
    for (Row r : dayMetrics) {
      detected.put(day(r.getAs("day")), count(r, "offers"));
    }
    Map<LocalDate, Long> notices = perDay(NOTICES_PER_DAY_SQL);
    Map<LocalDate, Long> removals = perDay(REMOVALS_PER_DAY_SQL);
    List<DayRow> days = new ArrayList<>();
    for (LocalDate d = request.from(); !d.isAfter(request.to()); d = d.plusDays(1)) {
      days.add(new DayRow(d, detected.getOrDefault(d, 0L), notices.getOrDefault(d, 0L),
          removals.getOrDefault(d, 0L)));
    }
    return days;
  }

  private Map<LocalDate, Long> perDay(String sql) {
    table("notices", EventKind.NOTICES.schema().add("load_date", DataTypes.StringType))
        .createOrReplaceTempView("rp_notices");
    Map<LocalDate, Long> counts = new HashMap<>();
    for (Row r : spark.sql(sql(sql)).collectAsList()) {
      counts.put(day(r.get(0)), r.getLong(1));
    }
    return counts;
  }

  private static List<RuleRow> rules(List<Row> rows) {
    List<RuleRow> rules = new ArrayList<>();
    for (Row r : rows) {
      rules.add(new RuleRow(r.getAs("rule_id"), r.getAs("list_name"), r.getAs("category"),
          count(r, "offers"), count(r, "removals"), number(r, "removal_rate"),
          number(r, "median_hours_to_removal"), count(r, "confirmed"), count(r, "rejected"),
          count(r, "reinstated"), number(r, "precision")));
    }
    rules.sort((a, b) -> a.offersFlagged() != b.offersFlagged()
        ? Long.compare(b.offersFlagged(), a.offersFlagged()) : a.ruleId().compareTo(b.ruleId()));
    return rules;
  }

  private List<Infringer> infringers() {
    List<Infringer> infringers = new ArrayList<>();
    for (Row r : spark.sql(INFRINGERS_SQL).collectAsList()) {
      infringers.add(new Infringer(r.getAs("marketplace"), r.getAs("seller_id"),
          count(r, "offers"), count(r, "removed"), count(r, "infringing_listings"),
          count(r, "confirmed_listings")));
    }
    return infringers;
  }

  private List<OpenOffer> stillOnline() {
    LocalDateTime end = request.to().plusDays(1).atStartOfDay();
    List<OpenOffer> offers = new ArrayList<>();
    for (Row r : spark.sql(sql(STILL_ONLINE_SQL)).collectAsList()) {
      LocalDateTime detected = r.getAs("detected_at");
      offers.add(new OpenOffer(r.getAs("marketplace"), r.getAs("listing_id"), r.getAs("title"),
          r.getAs("category"), detected, r.getAs("detection_channel"), r.getAs("decision"),
          Math.round(Duration.between(detected, end).toMinutes() / 6.0) / 10.0));
    }
    return offers;
  }

  /** The removed offers of the period with their first flag's facts, oldest removal first. */
  private Dataset<Row> statementRows() {
    String to = request.to().toString();
    table("flags", FlagRecord.SCHEMA.add(FlagRecord.PARTITION_COLUMN, DataTypes.StringType))
        .where("scan_date <= '" + to + "'").createOrReplaceTempView("rp_flags");
    table("listings", ListingReader.snapshotSchema()).where("snapshot_date <= '" + to + "'")
        .createOrReplaceTempView("rp_snap");
    return spark.sql(sql(STATEMENTS_SQL));
  }

  private static StatementFacts facts(Row r) {
    return new StatementFacts(r.getAs("marketplace"), r.getAs("listing_id"), r.getAs("puid"),
        r.getAs("category"), r.getAs("dsa_category"), r.getAs("language"),
        r.getAs("first_flag_rule_id"), r.getAs("first_flag_list_name"),
        r.getAs("first_flag_list_version"), r.getAs("flag_automated"),
        r.getAs("detection_channel"), count(r, "notice_count"), r.getAs("first_seen"),
        r.getAs("detected_at"), r.getAs("removed_at"), r.getAs("removal_source"),
        r.getAs("removal_reason"), number(r, "hours_to_removal"), r.getAs("decision"),
        r.getAs("decided_at"), r.getAs("relisted_from_listing_id"));
  }

  /** A DATE value as Spark returns it (java.sql.Date, or LocalDate with the Java 8 API). */
  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static long count(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static Double number(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? null : ((Number) v).doubleValue();
  }

  /** {@code column}'s day is in the period. */
  private String inPeriod(String column) {
    return "to_date(" + column + ") BETWEEN DATE '" + request.from() + "' AND DATE '"
        + request.to() + "'";
  }

  /** {@code sql} with {@code ${from}}, {@code ${to}} and {@code ${end}} (the day after). */
  private String sql(String sql) {
    return sql.replace("${from}", request.from().toString())
        .replace("${to}", request.to().toString())
        .replace("${end}", request.to().plusDays(1).toString());
  }

  private boolean exists(String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** A warehouse table, or an empty one with {@code schema} when it does not exist. */
  private Dataset<Row> table(String name, StructType schema) {
    String path = request.warehouse() + "/" + name;
    return exists(path) ? spark.read().schema(schema).option("basePath", path).parquet(path)
        : spark.createDataFrame(List.of(), schema);
  }

  private static Writer create(FileSystem fs, Path file) throws IOException {
    return new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8);
  }

  private static final String NOTICES_PER_DAY_SQL = """
      WITH n AS (
        SELECT marketplace, listing_id, received_at,
          row_number() OVER (PARTITION BY notice_id ORDER BY load_date, received_at) AS rn
        FROM rp_notices
        WHERE load_date <= '${to}' AND received_at < TIMESTAMP_NTZ '${end} 00:00:00')
      SELECT to_date(n.received_at) AS day, count(*) AS notices
      FROM n LEFT SEMI JOIN rp_period p
        ON p.marketplace = n.marketplace AND p.listing_id = n.listing_id
      WHERE n.rn = 1 AND to_date(n.received_at) BETWEEN DATE '${from}' AND DATE '${to}'
      GROUP BY to_date(n.received_at)""";

  private static final String REMOVALS_PER_DAY_SQL = """
      SELECT to_date(removed_at) AS day, count(*) AS removals FROM rp_period
      WHERE to_date(removed_at) BETWEEN DATE '${from}' AND DATE '${to}'
      GROUP BY to_date(removed_at)""";

  private static final String INFRINGERS_SQL = """
      SELECT marketplace, seller_id, count(*) AS offers,
        count_if(removed_at IS NOT NULL) AS removed,
        max(seller_infringing_listings) AS infringing_listings,
        max(seller_confirmed_listings) AS confirmed_listings
      FROM rp_period WHERE repeat_infringer
      GROUP BY marketplace, seller_id
      ORDER BY infringing_listings DESC, offers DESC, marketplace, seller_id""";

  private static final String STILL_ONLINE_SQL = """
      SELECT marketplace, listing_id, title, category, detected_at, detection_channel, decision
      FROM rp_period
      WHERE removed_at IS NULL AND to_date(detected_at) BETWEEN DATE '${from}' AND DATE '${to}'
      ORDER BY detected_at, marketplace, listing_id""";

  private static final String STATEMENTS_SQL = """
      WITH removed AS (
        SELECT * FROM rp_period
        WHERE to_date(removed_at) BETWEEN DATE '${from}' AND DATE '${to}'),
      first_flags AS (
        SELECT f.marketplace, f.listing_id, f.rule_id,
          min_by(named_struct('dsa_category', f.dsa_category, 'language', f.language,
            'automated', f.automated_detection), f.detected_at) AS info
        FROM rp_flags f LEFT SEMI JOIN removed r
          ON r.marketplace = f.marketplace AND r.listing_id = f.listing_id
        GROUP BY f.marketplace, f.listing_id, f.rule_id),
      languages AS (
        SELECT s.marketplace, s.listing_id, max_by(s.language, s.observed_at) AS language
        FROM rp_snap s LEFT SEMI JOIN removed r
          ON r.marketplace = s.marketplace AND r.listing_id = s.listing_id
        WHERE s.language IS NOT NULL AND s.language <> 'und'
        GROUP BY s.marketplace, s.listing_id)
      SELECT r.*, ff.info.dsa_category AS dsa_category,
        coalesce(nullif(ff.info.language, 'und'), l.language) AS language,
        ff.info.automated AS flag_automated,
        concat('ms-', substr(sha2(concat_ws('|', r.marketplace, r.listing_id,
          CAST(r.removed_at AS STRING)), 256), 1, 40)) AS puid
      FROM removed r
      LEFT JOIN first_flags ff ON ff.marketplace = r.marketplace
        AND ff.listing_id = r.listing_id AND ff.rule_id = r.first_flag_rule_id
      LEFT JOIN languages l ON l.marketplace = r.marketplace AND l.listing_id = r.listing_id
      ORDER BY r.removed_at, r.marketplace, r.listing_id""";
}
