package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.ListingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of every listing that was ever flagged or notified, as known at the end of day
 * {@code D}, written to {@code lifecycle/as_of=D/} (one row per listing, replaced on re-run).
 *
 * <p>It reads everything up to {@code D}: the listing snapshots, the flags, and the notices,
 * removal events and reviewer decisions loaded into the warehouse. A flag's time is when the
 * flagged text was observed (the listing's {@code observed_at} in the scanned snapshot), not
 * when the scan happened to run, so re-runs and backfills give the same hours. A removal is
 * known from, in this order when times tie: an explicit removal event, a snapshot row with
 * {@code status=removed}, or the listing missing from a later snapshot of its marketplace (the
 * removal time is then that snapshot's first observation: an upper bound). Hours are counted
 * from the first flag or notice, whichever came first, to the removal, and never below zero.
 *
 * <p>Removed listings whose text reappears later (see {@link Relistings}) are linked, the
 * relisting gets a row of its own, and sellers with several flagged or confirmed listings in
 * the window are marked as repeat infringers.
 */
public final class LifecycleJob {
  private static final Logger LOG = LoggerFactory.getLogger(LifecycleJob.class);

  /** The tunable parts: relisting similarity, LSH tables, repeat-infringer rule. */
  public record Settings(double relistSimilarity, int hashTables, int repeatThreshold,
      int repeatWindowDays) {
    public static final Settings DEFAULTS = new Settings(0.6, 5, 3, 180);

    public Settings {
      if (relistSimilarity <= 0 || relistSimilarity > 1) {
        throw new IllegalArgumentException("relist similarity must be in (0, 1]: "
            + relistSimilarity);
      }
      if (hashTables < 1 || repeatThreshold < 1 || repeatWindowDays < 1) {
        throw new IllegalArgumentException("hash tables, repeat threshold and repeat window"
            + " must be at least 1");
      }
    }
  }

  /** What a lifecycle run wrote. */
  public record Summary(String asOf, long listings, long removed, long relistings,
      long repeatInfringers, String path) {
    public String render() {
      return String.format(Locale.ROOT, "lifecycle as of %s: %,d flagged or notified listings,"
          + " %,d removed, %,d relistings, %,d repeat infringers -> %s%n", asOf, listings,
          removed, relistings, repeatInfringers, path);
    }
  }

  private final SparkSession spark;
  private final String warehouse;
  private final LocalDate asOf;
  private final Settings settings;

  public LifecycleJob(SparkSession spark, String warehouse, LocalDate asOf, Settings settings) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.asOf = asOf;
    this.settings = settings;
  }

  public Summary execute() {
    String d = asOf.toString();
    String end = asOf.plusDays(1).toString();
    Dataset<Row> snap = table("listings", ListingReader.snapshotSchema())
        .where("snapshot_date <= '" + d + "'")
        .persist(StorageLevel.MEMORY_AND_DISK());
    snap.createOrReplaceTempView("lc_snap");
    table("flags", FlagRecord.SCHEMA.add(FlagRecord.PARTITION_COLUMN, DataTypes.StringType))
        .where("scan_date <= '" + d + "'").createOrReplaceTempView("lc_flags");
    for (EventKind kind : EventKind.values()) {
      table(kind.table(), kind.schema().add("load_date", DataTypes.StringType))
          .where("load_date <= '" + d + "' AND " + kind.timeColumn() + " < TIMESTAMP_NTZ '"
              + end + " 00:00:00'")
          .createOrReplaceTempView("lc_" + kind.table());
    }
    Dataset<Row> presence = spark.sql(PRESENCE_SQL).persist(StorageLevel.MEMORY_AND_DISK());
    presence.createOrReplaceTempView("lc_presence");
    try {
      Dataset<Row> base = spark.sql(BASE_SQL).persist(StorageLevel.MEMORY_AND_DISK());
      base.createOrReplaceTempView("lc_base");
      Dataset<Row> relisted = relistings(base);
      relisted.createOrReplaceTempView("lc_relisted");
      Dataset<Row> lifecycle = spark.sql(FINAL_SQL
          .replace("${window_start}", asOf.minusDays(settings.repeatWindowDays() - 1L)
              .toString())
          .replace("${repeat_threshold}", String.valueOf(settings.repeatThreshold())))
          .orderBy("marketplace", "listing_id");
      String table = warehouse + "/lifecycle";
      String partition = "as_of=" + d;
      PartitionWriter.replace(spark, lifecycle.coalesce(1), table, partition, "parquet");
      Dataset<Row> written = spark.read().parquet(table + "/" + partition);
      Row counts = written.selectExpr("count(*)", "count_if(removed_at IS NOT NULL)",
          "count_if(relisted_from_listing_id IS NOT NULL)",
          "count(DISTINCT CASE WHEN repeat_infringer THEN"
              + " concat(marketplace, '/', seller_id) END)").first();
      base.unpersist();
      relisted.unpersist();
      return new Summary(d, counts.getLong(0), counts.getLong(1), counts.getLong(2),
          counts.getLong(3), table + "/" + partition);
    } finally {
      presence.unpersist();
      snap.unpersist();
    }
  }

  private Dataset<Row> relistings(Dataset<Row> base) {
    Dataset<Row> originals = base.where("removed_at IS NOT NULL AND title IS NOT NULL");
    Row first = originals.selectExpr("min(to_date(removed_at))").first();
    if (first.isNullAt(0)) {
      return spark.createDataFrame(List.of(), new StructType()
          .add("marketplace", DataTypes.StringType).add("listing_id", DataTypes.StringType)
          .add("relisted_from_listing_id", DataTypes.StringType)
          .add("relisted_from_seller_id", DataTypes.StringType)
          .add("relist_similarity", DataTypes.DoubleType));
    }
    Dataset<Row> candidates = spark.table("lc_presence").where("to_date(first_seen) >= DATE '"
        + first.getDate(0) + "'");
    LOG.info("Relisting search from {}", first.getDate(0));
    return Relistings.find(originals, candidates, settings.relistSimilarity(),
        settings.hashTables());
  }

  /** A warehouse table, or an empty one with {@code schema} when it does not exist yet. */
  private Dataset<Row> table(String name, StructType schema) {
    String path = warehouse + "/" + name;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path p = new Path(path);
      if (p.getFileSystem(conf).exists(p)) {
        return spark.read().schema(schema).option("basePath", path).parquet(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    return spark.createDataFrame(List.of(), schema);
  }

  /** Hours from {@code a} to {@code b}, never below zero. */
  private static String hours(String a, String b) {
    return "greatest(0D, round(timestampdiff(MICROSECOND, " + a + ", " + b
        + ") / 3600000000D, 4))";
  }

  private static final String PRESENCE_SQL = """
      WITH seen AS (
        SELECT marketplace, listing_id,
          min(observed_at) AS first_seen,
          max(CASE WHEN status = 'active' THEN observed_at END) AS last_seen,
          max(CASE WHEN status = 'active' THEN snapshot_date END) AS last_active_day,
          min(CASE WHEN status = 'removed' THEN observed_at END) AS status_removed_at,
          max_by(seller_id, observed_at) AS seller_id,
          max_by(title, observed_at) AS title,
          max_by(description, observed_at) AS description,
          max_by(url, observed_at) AS url
        FROM lc_snap GROUP BY marketplace, listing_id),
      market_days AS (
        SELECT marketplace, snapshot_date, min(observed_at) AS day_at
        FROM lc_snap GROUP BY marketplace, snapshot_date),
      disappeared AS (
        SELECT p.marketplace, p.listing_id, min(m.day_at) AS disappeared_at
        FROM seen p JOIN market_days m
          ON m.marketplace = p.marketplace AND m.snapshot_date > p.last_active_day
        GROUP BY p.marketplace, p.listing_id)
      SELECT s.*, d.disappeared_at
      FROM seen s LEFT JOIN disappeared d
        ON d.marketplace = s.marketplace AND d.listing_id = s.listing_id""";

  private static final String BASE_SQL = """
      WITH flag_hits AS (
        SELECT f.marketplace, f.listing_id, f.rule_id, f.list_name, f.list_version,
          f.category, f.severity, coalesce(s.observed_at, f.detected_at) AS flagged_at
        FROM lc_flags f LEFT JOIN lc_snap s ON s.marketplace = f.marketplace
          AND s.listing_id = f.listing_id AND s.snapshot_date = f.scan_date),
      decisions AS (SELECT DISTINCT marketplace, listing_id, rule_id, decision, decided_at
        FROM lc_decisions),
      decision_any AS (
        SELECT marketplace, listing_id, max_by(decision, struct(decided_at, decision)) AS decision,
          max(decided_at) AS decided_at
        FROM decisions GROUP BY marketplace, listing_id),
      decision_general AS (
        SELECT marketplace, listing_id, max_by(decision, struct(decided_at, decision)) AS decision
        FROM decisions WHERE rule_id IS NULL GROUP BY marketplace, listing_id),
      decision_rule AS (
        SELECT marketplace, listing_id, rule_id,
          max_by(decision, struct(decided_at, decision)) AS decision
        FROM decisions WHERE rule_id IS NOT NULL GROUP BY marketplace, listing_id, rule_id),
      rules AS (
        SELECT h.marketplace, h.listing_id, h.rule_id,
          min_by(struct(h.list_name, h.list_version, h.category, h.severity),
            struct(h.flagged_at, h.list_version)) AS info,
          min(h.flagged_at) AS first_flag_at
        FROM flag_hits h GROUP BY h.marketplace, h.listing_id, h.rule_id),
      flagged AS (
        SELECT r.marketplace, r.listing_id,
          array_sort(collect_list(struct(r.first_flag_at, r.rule_id, r.info.list_name AS list_name,
            r.info.list_version AS list_version, r.info.category AS category,
            r.info.severity AS severity,
            coalesce(dr.decision, dg.decision) AS decision))) AS rules
        FROM rules r
        LEFT JOIN decision_rule dr ON dr.marketplace = r.marketplace
          AND dr.listing_id = r.listing_id AND dr.rule_id = r.rule_id
        LEFT JOIN decision_general dg ON dg.marketplace = r.marketplace
          AND dg.listing_id = r.listing_id
        GROUP BY r.marketplace, r.listing_id),
      notices AS (
        SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY notice_id
          ORDER BY load_date, received_at) AS rn FROM lc_notices) WHERE rn = 1),
      first_notice AS (
        SELECT marketplace, listing_id, min(received_at) AS first_notice_at,
          min_by(source, struct(received_at, source, notice_id)) AS first_notice_source,
          min_by(category, struct(received_at, source, notice_id)) AS notice_category,
          count(*) AS notice_count
        FROM notices GROUP BY marketplace, listing_id),
      reports AS (
        SELECT marketplace, listing_id, source, received_at AS at, 1L AS notice, category
        FROM notices
        UNION ALL
        SELECT marketplace, listing_id, 'proactive', first_flag_at, 0L, info.category FROM rules),
      report_sources AS (
        SELECT marketplace, listing_id, source, min(at) AS first_at, sum(notice) AS notices,
          min_by(category, struct(at, category)) AS category
        FROM reports GROUP BY marketplace, listing_id, source),
      reported AS (
        SELECT marketplace, listing_id,
          array_sort(collect_list(struct(first_at, source, notices, category))) AS sources
        FROM report_sources GROUP BY marketplace, listing_id),
      removal_events AS (
        SELECT marketplace, listing_id, min(removed_at) AS removed_at,
          min_by(reason, struct(removed_at, reason)) AS reason
        FROM lc_removals GROUP BY marketplace, listing_id),
      keys AS (SELECT marketplace, listing_id FROM flagged
        UNION SELECT marketplace, listing_id FROM first_notice)
      SELECT k.marketplace, k.listing_id, p.seller_id, p.title, p.description, p.url,
        p.first_seen, p.last_seen, f.rules, r.sources,
        n.first_notice_at, n.first_notice_source, n.notice_category,
        coalesce(n.notice_count, 0) AS notice_count,
        e.removed_at AS event_removed_at, e.reason AS removal_reason,
        p.status_removed_at, p.disappeared_at,
        least(e.removed_at, p.status_removed_at, p.disappeared_at) AS removed_at,
        da.decision, da.decided_at
      FROM keys k
      LEFT JOIN lc_presence p ON p.marketplace = k.marketplace AND p.listing_id = k.listing_id
      LEFT JOIN flagged f ON f.marketplace = k.marketplace AND f.listing_id = k.listing_id
      LEFT JOIN first_notice n ON n.marketplace = k.marketplace AND n.listing_id = k.listing_id
      LEFT JOIN reported r ON r.marketplace = k.marketplace AND r.listing_id = k.listing_id
      LEFT JOIN removal_events e ON e.marketplace = k.marketplace AND e.listing_id = k.listing_id
      LEFT JOIN decision_any da ON da.marketplace = k.marketplace
        AND da.listing_id = k.listing_id
      """;

  private static final String FINAL_SQL = """
      WITH relisting_only AS (
        SELECT r.marketplace, r.listing_id, p.seller_id, p.title, p.description, p.url,
          p.first_seen, p.last_seen,
          CAST(NULL AS %2$s) AS rules,
          CAST(NULL AS %3$s) AS sources,
          CAST(NULL AS TIMESTAMP_NTZ) AS first_notice_at, CAST(NULL AS STRING) AS first_notice_source,
          CAST(NULL AS STRING) AS notice_category, 0L AS notice_count,
          CAST(NULL AS TIMESTAMP_NTZ) AS event_removed_at, CAST(NULL AS STRING) AS removal_reason,
          p.status_removed_at, p.disappeared_at,
          least(p.status_removed_at, p.disappeared_at) AS removed_at,
          CAST(NULL AS STRING) AS decision, CAST(NULL AS TIMESTAMP_NTZ) AS decided_at
        FROM lc_relisted r
        JOIN lc_presence p ON p.marketplace = r.marketplace AND p.listing_id = r.listing_id
        LEFT ANTI JOIN lc_base b ON b.marketplace = r.marketplace AND b.listing_id = r.listing_id),
      everything AS (SELECT * FROM lc_base UNION ALL SELECT * FROM relisting_only),
      linked AS (
        SELECT x.*, r.relisted_from_listing_id, r.relisted_from_seller_id, r.relist_similarity,
          o.category AS original_category,
          coalesce(c.relisted_count, 0) AS relisted_count
        FROM everything x
        LEFT JOIN lc_relisted r ON r.marketplace = x.marketplace AND r.listing_id = x.listing_id
        LEFT JOIN (SELECT marketplace, listing_id, coalesce(rules[0].category,
            notice_category) AS category FROM lc_base) o
          ON o.marketplace = x.marketplace AND o.listing_id = r.relisted_from_listing_id
        LEFT JOIN (SELECT marketplace, relisted_from_listing_id AS listing_id,
            count(*) AS relisted_count FROM lc_relisted
            GROUP BY marketplace, relisted_from_listing_id) c
          ON c.marketplace = x.marketplace AND c.listing_id = x.listing_id),
      timed AS (
        SELECT * EXCEPT (sources),
          coalesce(sources, array(named_struct('first_at', first_seen, 'source', 'proactive',
            'notices', 0L, 'category', original_category))) AS sources,
          rules[0].first_flag_at AS first_flag_at,
          CASE WHEN rules IS NULL AND first_notice_at IS NULL THEN first_seen
            ELSE least(rules[0].first_flag_at, first_notice_at) END AS detected_at,
          CASE WHEN first_notice_at IS NULL
              OR (rules IS NOT NULL AND rules[0].first_flag_at <= first_notice_at)
            THEN 'proactive' ELSE first_notice_source END AS detection_channel
        FROM linked),
      measured AS (
        SELECT *, %4$s AS hours_to_removal
        FROM timed),
      infringing AS (
        SELECT marketplace, seller_id,
          count_if(decision = 'confirmed') AS confirmed,
          count(*) AS listings
        FROM measured
        WHERE seller_id IS NOT NULL AND to_date(detected_at) >= DATE '${window_start}'
          AND (decision = 'confirmed' OR (decision IS NULL AND (rules IS NOT NULL
            OR relisted_from_listing_id IS NOT NULL)))
        GROUP BY marketplace, seller_id)
      SELECT m.marketplace, m.listing_id, m.seller_id, m.title, m.url,
        coalesce(m.rules[0].category, m.notice_category, m.original_category, 'unknown')
          AS category,
        m.first_seen, m.last_seen,
        m.first_flag_at, m.rules[0].rule_id AS first_flag_rule_id,
        m.rules[0].list_name AS first_flag_list_name,
        m.rules[0].list_version AS first_flag_list_version,
        coalesce(size(m.rules), 0) AS flag_rule_count,
        m.first_notice_at, m.first_notice_source, m.notice_count,
        m.detected_at, m.detection_channel,
        m.removed_at,
        CASE WHEN m.removed_at IS NULL THEN 'still_online'
          WHEN m.removed_at = m.event_removed_at THEN 'event'
          WHEN m.removed_at = m.status_removed_at THEN 'status_removed'
          ELSE 'disappeared' END AS removal_source,
        CASE WHEN m.removed_at = m.event_removed_at THEN m.removal_reason END AS removal_reason,
        m.hours_to_removal,
        CASE WHEN m.removed_at IS NOT NULL AND m.first_flag_at IS NOT NULL
          THEN %5$s END AS hours_from_flag_to_removal,
        CASE WHEN m.removed_at IS NOT NULL AND m.first_notice_at IS NOT NULL
          THEN %6$s END AS hours_from_notice_to_removal,
        CASE WHEN m.removed_at IS NULL THEN 'not_removed'
          WHEN m.hours_to_removal < 24 THEN '<24h'
          WHEN m.hours_to_removal < 48 THEN '24-48h'
          WHEN m.hours_to_removal < 168 THEN '48h-1w'
          ELSE '>1w' END AS removal_bucket,
        m.decision, m.decided_at,
        m.relisted_from_listing_id, m.relisted_from_seller_id, m.relist_similarity,
        m.relisted_count,
        coalesce(i.listings, 0) AS seller_infringing_listings,
        coalesce(i.confirmed, 0) AS seller_confirmed_listings,
        coalesce(i.listings >= ${repeat_threshold}, false) AS repeat_infringer,
        transform(m.rules, r -> named_struct('rule_id', r.rule_id, 'list_name', r.list_name,
          'list_version', r.list_version, 'category', r.category, 'severity', r.severity,
          'first_flag_at', r.first_flag_at, 'decision', r.decision,
          'hours_to_removal', CASE WHEN m.removed_at IS NOT NULL THEN %7$s END)) AS rules,
        transform(m.sources, s -> named_struct('source', s.source, 'first_at', s.first_at,
          'notices', s.notices,
          'hours_to_removal', CASE WHEN m.removed_at IS NOT NULL THEN %8$s END)) AS sources
      FROM measured m
      LEFT JOIN infringing i ON i.marketplace = m.marketplace AND i.seller_id = m.seller_id
      """.formatted("",
          "ARRAY<STRUCT<first_flag_at: TIMESTAMP_NTZ, rule_id: STRING, list_name: STRING,"
              + " list_version: STRING, category: STRING, severity: STRING, decision: STRING>>",
          "ARRAY<STRUCT<first_at: TIMESTAMP_NTZ, source: STRING, notices: BIGINT,"
              + " category: STRING>>",
          "CASE WHEN removed_at IS NOT NULL THEN " + hours("detected_at", "removed_at") + " END",
          hours("m.first_flag_at", "m.removed_at"),
          hours("m.first_notice_at", "m.removed_at"),
          hours("r.first_flag_at", "m.removed_at"),
          hours("s.first_at", "m.removed_at"));
}
