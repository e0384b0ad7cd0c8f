package org.marketsweep.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The removal indicators regulators ask for, computed from {@code lifecycle/as_of=D/} and
 * written to {@code metrics/as_of=D/}: one row per group, where {@code grouping} names the
 * dimensions of the row ({@code all}, {@code marketplace}, {@code category,day},
 * {@code source}, {@code rule}, …) and the other dimension columns are null.
 *
 * <p>Each kind of group counts its own unit once: listing groups count listings (hours from
 * the first flag or notice); source groups count (listing, source) pairs, with hours from that
 * source's first report ({@code proactive} = flagged by marketsweep or notified as proactive);
 * rule groups count (listing, rule) pairs, with hours from that rule's first flag and the
 * reviewer decision for that rule. {@code day} is the day the unit was first reported (a
 * cohort). Median and p90 are exact percentiles with linear interpolation over the removed
 * units; precision is confirmed / (confirmed + rejected) and null without decisions.
 */
public final class MetricsJob {
  /** What a metrics run wrote. */
  public record Summary(String asOf, long rows, String path) {
    public String render() {
      return String.format(Locale.ROOT, "metrics as of %s: %,d rows -> %s%n", asOf, rows, path);
    }
  }

  private final SparkSession spark;
  private final String warehouse;
  private final LocalDate asOf;

  public MetricsJob(SparkSession spark, String warehouse, LocalDate asOf) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.asOf = asOf;
  }

  public Summary execute() {
    String lifecycle = warehouse + "/lifecycle/as_of=" + asOf;
    Dataset<Row> rows = compute(spark, spark.read().parquet(lifecycle));
    String table = warehouse + "/metrics";
    String partition = "as_of=" + asOf;
    PartitionWriter.replace(spark, rows.coalesce(1), table, partition, "parquet");
    return new Summary(asOf.toString(), spark.read().parquet(table + "/" + partition).count(),
        table + "/" + partition);
  }

  /** The metrics of a lifecycle table (or any filtered part of one, as the report uses). */
  public static Dataset<Row> compute(SparkSession spark, Dataset<Row> lifecycle) {
    lifecycle.createOrReplaceTempView("mx_lifecycle");
    String sql = """
        WITH listing_units AS (
          SELECT marketplace, category, to_date(detected_at) AS day,
            CAST(NULL AS STRING) AS source, CAST(NULL AS STRING) AS rule_id,
            CAST(NULL AS STRING) AS list_name,
            first_flag_at IS NOT NULL AS flagged, notice_count AS notices,
            hours_to_removal AS hours, removed_at IS NOT NULL AS removed,
            detection_channel = 'proactive' AS proactive, relisted_count > 0 AS relisted,
            relisted_from_listing_id IS NOT NULL AS relisting, repeat_infringer, seller_id,
            decision
          FROM mx_lifecycle),
        source_units AS (
          SELECT l.marketplace, l.category, to_date(s.first_at) AS day, s.source,
            CAST(NULL AS STRING) AS rule_id, CAST(NULL AS STRING) AS list_name,
            l.first_flag_at IS NOT NULL AS flagged, s.notices,
            s.hours_to_removal AS hours, l.removed_at IS NOT NULL AS removed,
            s.source = 'proactive' AS proactive, l.relisted_count > 0 AS relisted,
            l.relisted_from_listing_id IS NOT NULL AS relisting, l.repeat_infringer,
            l.seller_id, l.decision
          FROM mx_lifecycle l LATERAL VIEW explode(l.sources) x AS s),
        rule_units AS (
          SELECT l.marketplace, r.category, to_date(r.first_flag_at) AS day,
            CAST(NULL AS STRING) AS source, r.rule_id, r.list_name,
            true AS flagged, l.notice_count AS notices,
            r.hours_to_removal AS hours, l.removed_at IS NOT NULL AS removed,
            l.detection_channel = 'proactive' AS proactive, l.relisted_count > 0 AS relisted,
            l.relisted_from_listing_id IS NOT NULL AS relisting, l.repeat_infringer,
            l.seller_id, r.decision
          FROM mx_lifecycle l LATERAL VIEW explode(l.rules) x AS r)
        SELECT * FROM (
          SELECT %1$s FROM listing_units GROUP BY GROUPING SETS (
            (), (marketplace), (category), (day), (marketplace, category), (marketplace, day),
            (category, day), (marketplace, category, day))
          UNION ALL
          SELECT %2$s FROM source_units GROUP BY GROUPING SETS (
            (source), (marketplace, source), (category, source), (source, day),
            (marketplace, category, source), (marketplace, source, day),
            (marketplace, category, source, day))
          UNION ALL
          SELECT %3$s FROM rule_units GROUP BY GROUPING SETS (
            (rule_id, list_name, category), (marketplace, rule_id, list_name, category),
            (rule_id, list_name, category, day)))
        ORDER BY grouping, marketplace NULLS FIRST, category NULLS FIRST,
          source NULLS FIRST, rule_id NULLS FIRST, day NULLS FIRST
        """.formatted(measures("marketplace", "category", "day"),
            measures("marketplace", "category", "source", "day"),
            measures("marketplace", "rule_id", "day"));
    return spark.sql(sql);
  }

  /** The measures, labelled by which of {@code dimensions} the row is grouped by. */
  private static String measures(String... dimensions) {
    StringBuilder label = new StringBuilder();
    for (String d : dimensions) {
      label.append(label.length() > 0 ? ", " : "").append("if(grouping(").append(d)
          .append(") = 0, '").append(d.equals("rule_id") ? "rule" : d).append("', NULL)");
    }
    List<String> present = List.of(dimensions);
    boolean rules = present.contains("rule_id");
    StringBuilder columns = new StringBuilder();
    for (String c : List.of("marketplace", "category", "source", "rule_id", "list_name", "day")) {
      boolean grouped = present.contains(c) || rules && (c.equals("list_name")
          || c.equals("category"));
      columns.append(columns.length() > 0 ? ", " : "").append(grouped ? c
          : "CAST(NULL AS " + (c.equals("day") ? "DATE" : "STRING") + ") AS " + c);
    }
    return MEASURES.formatted(label, columns);
  }

  private static final String MEASURES = """
      coalesce(nullif(concat_ws(',', %s), ''), 'all') AS grouping,
        %s,
        count(*) AS offers,
        count_if(flagged) AS offers_flagged,
        sum(notices) AS notices,
        count_if(removed) AS removals,
        round(count_if(removed) / count(*), 4) AS removal_rate,
        round(percentile(hours, 0.5), 2) AS median_hours_to_removal,
        round(percentile(hours, 0.9), 2) AS p90_hours_to_removal,
        count_if(removed AND hours < 24) AS removed_lt_24h,
        count_if(removed AND hours >= 24 AND hours < 48) AS removed_24_48h,
        count_if(removed AND hours >= 48 AND hours < 168) AS removed_48h_1w,
        count_if(removed AND hours >= 168) AS removed_gt_1w,
        count_if(NOT removed) AS not_removed,
        count_if(relisted) AS relisted,
        count_if(relisting) AS relistings,
        count(DISTINCT if(repeat_infringer, concat(marketplace, '/', seller_id), NULL))
          AS repeat_infringers,
        round(count_if(proactive) / count(*), 4) AS proactive_share,
        round(count_if(NOT proactive) / count(*), 4) AS notice_share,
        count_if(decision = 'confirmed') AS confirmed,
        count_if(decision = 'rejected') AS rejected,
        count_if(decision = 'reinstated_after_counter_notice') AS reinstated,
        round(count_if(decision = 'confirmed')
          / nullif(count_if(decision IN ('confirmed', 'rejected')), 0), 4) AS precision
      """;
}
