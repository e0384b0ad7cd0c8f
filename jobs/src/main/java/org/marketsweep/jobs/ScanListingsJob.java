package org.marketsweep.jobs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.marketsweep.io.ListingParser;
import org.marketsweep.io.ListingReader;
import org.marketsweep.lists.Category;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.MatcherEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans listings against the keyword lists and writes flag records.
 *
 * <p>Reads a feed (file or folder of JSONL / CSV / Parquet) or a warehouse snapshot, rejects
 * rows that break the listing contract (to {@code <output>/rejects/scan_date=D/}, as JSON
 * lines), matches the rest with one compiled matcher per executor, and replaces
 * {@code <output>/flags/scan_date=D/}. A run summary is returned and written as
 * {@code <output>/runs/scan_date=D/summary.json}.
 */
public final class ScanListingsJob {
  private static final Logger LOG = LoggerFactory.getLogger(ScanListingsJob.class);
  /** The flags of a listing, null for none: the column the matching adds to parsed rows. */
  static final StructField FLAGS = DataTypes.createStructField("_flags",
      DataTypes.createArrayType(FlagRecord.SCHEMA, false), true);

  private final SparkSession spark;
  private final String input;
  private final String output;
  private final List<Rule> rules;
  /** The rules' {@link MatcherCache#fingerprint}, computed once (it hashes every rule). */
  private final String rulesKey;
  private final ListingParser parser;
  private final LocalDate scanDate;

  /**
   * @param input a feed file or folder; or null to scan the warehouse snapshot of
   *     {@code scanDate} in {@code output}
   * @param output the warehouse (or any folder) that receives flags/, rejects/ and runs/
   */
  public ScanListingsJob(SparkSession spark, String input, String output, List<Rule> rules,
      ListingParser parser, LocalDate scanDate) {
    this.spark = spark;
    this.input = input;
    this.output = output;
    this.rules = List.copyOf(rules);
    this.rulesKey = MatcherCache.fingerprint(this.rules);
    this.parser = parser;
    this.scanDate = scanDate;
  }

  public RunSummary execute() {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("No rules to scan with");
    }
    long start = System.nanoTime();
    String scanId = UUID.randomUUID().toString();
    LOG.info("Scan {} of {} on {} with {} rules", scanId,
        input == null ? "the snapshot" : input, scanDate, rules.size());
    warmMatcher();
    ListingReader.Parsed parsed = input == null
        ? ListingReader.parseSnapshot(spark, output, scanDate.toString())
        : ListingReader.parse(spark, input, parser);
    Dataset<Row> outcome = spark.createDataFrame(flag(parsed.rows(), scanId),
        ListingReader.parsedSchema(FLAGS));
    ListingReader.Result read = input == null
        ? ListingReader.resolveChecked(outcome, parsed.files())
        : ListingReader.resolve(outcome, parsed.files());
    try {
      return run(read, scanId, start);
    } finally {
      read.release();
    }
  }

  /**
   * In local mode the driver is the executor: compile the rules on a spare thread while the
   * feed is read and parsed, so the matching tasks find the matcher ready (they wait for it
   * otherwise, and compile it themselves on a cluster).
   */
  private void warmMatcher() {
    if (spark.sparkContext().isLocal()) {
      MatcherCache.warm(rulesKey, rules, MatcherEngine.configured());
    }
  }

  private RunSummary run(ListingReader.Result read, String scanId, long start) {
    String partition = FlagRecord.PARTITION_COLUMN + "=" + scanDate;
    String flagsTable = output + "/flags";
    String rejectsTable = output + "/rejects";
    Column flagsOf = functions.col(FLAGS.name());
    // one file per core, however many parts the feed was read in
    Dataset<Row> flags = read.listings().filter(flagsOf.isNotNull())
        .select(functions.explode(flagsOf)).select("col.*")
        .coalesce(spark.sparkContext().defaultParallelism());
    PartitionWriter.replace(spark, flags, flagsTable, partition, "parquet");
    PartitionWriter.replace(spark, read.rejects().coalesce(1), rejectsTable, partition, "json");
    // all counts in one job; the flags of listings that became rejects (later copies of a
    // listing in the same input) are neither written nor counted
    Column listing = functions.col(ListingReader.KIND).equalTo("listing");
    Column flagged = listing.and(flagsOf.isNotNull());
    Category[] categories = Category.values();
    List<Column> counts = new ArrayList<>(List.of(
        functions.count(functions.when(listing, 1)),
        functions.count(functions.when(functions.not(listing), 1)),
        functions.count(functions.when(flagged, 1))));
    for (Category c : categories) {
      counts.add(functions.sum(functions.when(flagged, functions.size(functions.filter(flagsOf,
          f -> f.getField("category").equalTo(c.id()))))));
    }
    Row counted = read.parsed().agg(counts.get(0),
        counts.subList(1, counts.size()).toArray(Column[]::new)).first();
    Map<String, Long> byCategory = new HashMap<>();
    for (int i = 0; i < categories.length; i++) {
      long n = counted.isNullAt(3 + i) ? 0 : counted.getLong(3 + i);
      if (n > 0) {
        byCategory.put(categories[i].id(), n);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    RunSummary summary = new RunSummary(scanId, scanDate.toString(), read.rows(),
        counted.getLong(0), counted.getLong(1), counted.getLong(2),
        byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory,
        rules.size(), seconds, flagsTable + "/" + partition, rejectsTable + "/" + partition);
    writeSummary(summary, output + "/runs/" + partition + "/summary.json");
    return summary;
  }

  /** Every parsed row, its listing's text dropped and its flags added. */
  private JavaRDD<Row> flag(JavaRDD<Row> parsed, String scanId) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<List<Rule>> broadcast = jsc.broadcast(rules);
    int parallelism = Math.max(2, jsc.defaultParallelism());
    JavaRDD<Row> spread = parsed.getNumPartitions() < parallelism
        ? parsed.repartition(parallelism * 2) : parsed;
    LocalDateTime detectedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    return spread.mapPartitions(
        new FlagListings(broadcast, rulesKey, scanId, detectedAt, MatcherEngine.configured()));
  }

  private void writeSummary(RunSummary summary, String file) {
    Json.write(spark.sparkContext().hadoopConfiguration(), file, summary);
  }
}
