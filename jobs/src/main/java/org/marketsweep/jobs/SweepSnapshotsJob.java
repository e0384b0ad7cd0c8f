package org.marketsweep.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.marketsweep.io.ListingReader;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an authority's keyword list over every listing snapshot of a period (all or some
 * marketplaces) with the scan's matcher, and writes one hit per (marketplace, listing, rule)
 * with when it was first and last seen and whether and when it was removed.
 *
 * <p>Output: {@code <out>/sweep_id=<id>/hits/} (Parquet), {@code hits.csv} and
 * {@code manifest.json}. The id is derived from the list's SHA-256 and the parameters, so a
 * re-run gets the same id and replaces the folder: it is written to {@code <out>/_staging/}
 * and swapped in by renames. Nothing else in the warehouse is written.
 */
public final class SweepSnapshotsJob {
  private static final Logger LOG = LoggerFactory.getLogger(SweepSnapshotsJob.class);
  private static final List<String> NIGHTLY_TABLES =
      List.of("listings", "flags", "rejects", "runs", "evidence");
  private static final String[] HIT_KEY = {"marketplace", "listing_id", "rule_id"};

  /**
   * What to sweep.
   *
   * @param marketplaces marketplaces to sweep; empty for all
   * @param out folder receiving {@code sweep_id=<id>/}; null for {@code <warehouse>/sweeps}
   * @param pseudonyms seller pseudonyms, or null to keep seller ids
   * @param toolVersion recorded in the manifest
   */
  public record Request(SweepList list, LocalDate from, LocalDate to, String warehouse,
      Set<String> marketplaces, String out, SellerPseudonyms pseudonyms, String toolVersion) {
    public Request {
      marketplaces = Set.copyOf(new TreeSet<>(marketplaces));
    }

    public String outputRoot() {
      return out != null ? out : warehouse + "/sweeps";
    }

    /** First 16 hex digits of the SHA-256 over the list hash and the parameters. */
    public String sweepId() {
      return Hashes.sha256Hex(String.join("\n", list.sha256(),
          list.category() == null ? "" : list.category().id(), from.toString(), to.toString(),
          String.join(",", new TreeSet<>(marketplaces)), String.valueOf(pseudonyms != null)))
          .substring(0, 16);
    }
  }

  /** What a sweep did. */
  public record Summary(String sweepId, String path, String listSha256, LocalDate from,
      LocalDate to, int snapshotDays, List<String> missingDays, long listingsScanned,
      long hits, long distinctListings, double wallSeconds) {
    public Summary {
      missingDays = List.copyOf(missingDays);
    }

    public String render() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "sweep %s %s..%s%n", sweepId, from, to));
      s.append(String.format(Locale.ROOT, "  list sha256      %s%n", listSha256));
      s.append(String.format(Locale.ROOT, "  snapshot days    %,12d%n", snapshotDays));
      s.append(String.format(Locale.ROOT, "  missing days     %,12d%s%n", missingDays.size(),
          missingDays.isEmpty() ? "" : "   " + String.join(", ", missingDays)));
      s.append(String.format(Locale.ROOT, "  listings scanned %,12d%n", listingsScanned));
      s.append(String.format(Locale.ROOT, "  hits             %,12d   -> %s%n", hits, path));
      s.append(String.format(Locale.ROOT, "  listings hit     %,12d%n", distinctListings));
      s.append(String.format(Locale.ROOT, "  wall time        %12.1f s%n", wallSeconds));
      return s.toString();
    }
  }

  private final SparkSession spark;
  private final Request request;

  public SweepSnapshotsJob(SparkSession spark, Request request) {
    this.spark = spark;
    this.request = request;
  }

  public Summary execute() {
    validate();
    long start = System.nanoTime();
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String sweepId = request.sweepId();
    List<SnapshotArchive.Partition> partitions = SnapshotArchive.partitions(
        spark.sparkContext().hadoopConfiguration(), request.warehouse(), request.from(),
        request.to(), request.marketplaces());
    if (partitions.isEmpty()) {
      throw new IllegalArgumentException("No listings snapshot between " + request.from()
          + " and " + request.to() + (request.marketplaces().isEmpty() ? ""
          : " for marketplaces " + new TreeSet<>(request.marketplaces())) + " in "
          + request.warehouse() + "/listings");
    }
    Set<LocalDate> days = new TreeSet<>();
    partitions.forEach(p -> days.add(p.date()));
    List<String> missing = new ArrayList<>();
    for (LocalDate d = request.from(); !d.isAfter(request.to()); d = d.plusDays(1)) {
      if (!days.contains(d)) {
        missing.add(d.toString());
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("Sweep {}: no snapshot on {} day(s) of the period: {}", sweepId, missing.size(),
          missing);
    }
    LOG.info("Sweep {} of {} ({} rules, sha256 {}) over {} snapshot day(s), {} partition(s)",
        sweepId, request.list().file(), request.list().rules().size(), request.list().sha256(),
        days.size(), partitions.size());
    Dataset<Row> listings = read(partitions).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return write(sweepId, listings, days.size(), missing, startedAt, start);
    } finally {
      listings.unpersist();
    }
  }

  private void validate() {
    if (request.from().isAfter(request.to())) {
      throw new IllegalArgumentException("--from " + request.from() + " is after --to "
          + request.to());
    }
    Path root = new Path(request.outputRoot());
    Path warehouse = new Path(request.warehouse());
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      String out = fs.makeQualified(root).toString() + "/";
      for (String table : NIGHTLY_TABLES) {
        String nightly = fs.makeQualified(new Path(warehouse, table)).toString() + "/";
        if (out.startsWith(nightly) || nightly.startsWith(out)) {
          throw new IllegalArgumentException("Sweep output " + request.outputRoot()
              + " overlaps the nightly table " + nightly + "; choose another --out");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve " + root, e);
    }
  }

  /** The snapshot rows, with {@code marketplace} and {@code snapshot_date} from the path. */
  private Dataset<Row> read(List<SnapshotArchive.Partition> partitions) {
    return spark.read().schema(ListingReader.snapshotSchema())
        .option("basePath", request.warehouse() + "/listings")
        .parquet(partitions.stream().map(SnapshotArchive.Partition::path)
            .toArray(String[]::new));
  }

  private Summary write(String sweepId, Dataset<Row> listings, int snapshotDays,
      List<String> missing, Instant startedAt, long start) {
    Dataset<Row> active = listings.filter(col("status").equalTo(ListingRecord.ACTIVE));
    Dataset<Row> hits = hits(listings, matches(active));
    String root = request.outputRoot();
    Path target = new Path(root, "sweep_id=" + sweepId);
    Path stagingRoot = new Path(root, PartitionWriter.STAGING);
    Path staging = new Path(stagingRoot, "sweep_id=" + sweepId + "-" + UUID.randomUUID());
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      hits.orderBy(HIT_KEY[0], HIT_KEY[1], HIT_KEY[2]).coalesce(1).write()
          .mode(SaveMode.ErrorIfExists).option("compression", "snappy")
          .parquet(new Path(staging, "hits").toString());
      Dataset<Row> written = spark.read().parquet(new Path(staging, "hits").toString());
      writeCsv(fs, written, staging);
      long hitCount = written.count();
      long distinct = written.select("marketplace", "listing_id").distinct().count();
      long scanned = active.count();
      SweepList list = request.list();
      SweepManifest manifest = new SweepManifest(sweepId, list.file().toString(),
          list.sha256(), list.text(),
          new SweepManifest.Parameters(request.from().toString(), request.to().toString(),
              List.copyOf(new TreeSet<>(request.marketplaces())), request.pseudonyms() != null,
              list.category() == null ? null : list.category().id()),
          request.toolVersion(),
          new SweepManifest.Counts(snapshotDays, scanned, hitCount, distinct,
              list.rules().size()),
          missing, startedAt.toString(),
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      manifest.write(fs, new Path(staging, "manifest.json"));
      PartitionWriter.swap(fs, staging, target);
      PartitionWriter.cleanStaging(fs, stagingRoot);
      return new Summary(sweepId, target.toString(), list.sha256(), request.from(),
          request.to(), snapshotDays, missing, scanned, hitCount, distinct,
          (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write sweep " + target, e);
    }
  }

  /**
   * One row per (snapshot day, listing, matching rule). Each distinct listing text is
   * matched once, however many days and listings carry it.
   */
  private Dataset<Row> matches(Dataset<Row> active) {
    List<Rule> rules = request.list().rules();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<List<Rule>> broadcast = jsc.broadcast(rules);
    int parallelism = Math.max(2, jsc.defaultParallelism());
    Column[] textColumns = SweepMatches.TEXT_COLUMNS.stream().map(functions::col)
        .toArray(Column[]::new);
    Dataset<Row> texts = active.select(textColumns).distinct().repartition(parallelism * 2);
    Dataset<Row> textMatches = texts.mapPartitions(new SweepMatches(broadcast,
        MatcherCache.fingerprint(rules)), Encoders.row(SweepMatches.SCHEMA));
    Column same = null;
    for (String c : SweepMatches.TEXT_COLUMNS) {
      Column eq = active.col(c).eqNullSafe(textMatches.col(c));
      same = same == null ? eq : same.and(eq);
    }
    Column seller = active.col("seller_id");
    SellerPseudonyms pseudonyms = request.pseudonyms();
    if (pseudonyms != null) {
      seller = functions.udf((UDF1<String, String>) pseudonyms::apply, DataTypes.StringType)
          .apply(seller);
    }
    return active.join(textMatches, same).select(
        functions.to_date(active.col("snapshot_date")).as("snapshot_date"),
        active.col("marketplace"), active.col("listing_id"), active.col("url"),
        seller.as("seller_id"), active.col("title"), textMatches.col("rule_id"),
        textMatches.col("matched_terms"), textMatches.col("snippet"));
  }

  /** Day matches folded into hits, with removal and evidence. */
  private Dataset<Row> hits(Dataset<Row> listings, Dataset<Row> matches) {
    Column latest = functions.max_by(functions.struct(col("url"), col("seller_id"),
        col("title"), col("matched_terms"), col("snippet")), col("snapshot_date"));
    Dataset<Row> folded = matches.groupBy(HIT_KEY[0], HIT_KEY[1], HIT_KEY[2]).agg(
        functions.min("snapshot_date").as("first_seen"),
        functions.max("snapshot_date").as("last_seen"),
        functions.countDistinct(col("snapshot_date")).cast(DataTypes.IntegerType)
            .as("days_seen"),
        latest.as("latest"));
    Dataset<Row> withRemoval = folded.join(removals(listings, folded),
        new String[] {"marketplace", "listing_id", "last_seen"}, "left");
    Dataset<Row> withEvidence = withEvidence(withRemoval);
    return withEvidence.select(col("marketplace"), col("listing_id"), col("latest.url").as("url"),
        col("latest.seller_id").as("seller_id"), col("latest.title").as("title"),
        col("rule_id"), col("latest.matched_terms").as("matched_terms"),
        col("latest.snippet").as("snippet"), col("first_seen"), col("last_seen"),
        col("days_seen"), col("removed_at").isNotNull().as("removed"), col("removed_at"),
        col("evidence"));
  }

  /**
   * For each (listing, last_seen): the first later snapshot day of its marketplace on which
   * it is not active (status=removed, or gone from the snapshot).
   */
  private Dataset<Row> removals(Dataset<Row> listings, Dataset<Row> folded) {
    Dataset<Row> day = listings.select(col("marketplace"),
        functions.to_date(col("snapshot_date")).as("snapshot_date"), col("listing_id"),
        col("status"));
    Dataset<Row> marketplaceDays = day.select("marketplace", "snapshot_date").distinct();
    Dataset<Row> activeDays = day.filter(col("status").equalTo(ListingRecord.ACTIVE))
        .select("marketplace", "listing_id", "snapshot_date");
    Dataset<Row> seen = folded.select("marketplace", "listing_id", "last_seen").distinct();
    Dataset<Row> later = seen.join(marketplaceDays.withColumnRenamed("marketplace", "m"),
            col("marketplace").equalTo(col("m"))
                .and(col("snapshot_date").gt(col("last_seen"))))
        .drop("m");
    return later.join(activeDays, new String[] {"marketplace", "listing_id", "snapshot_date"},
            "left_anti")
        .groupBy("marketplace", "listing_id", "last_seen")
        .agg(functions.min("snapshot_date").as("removed_at"));
  }

  /** The stored page of the latest crawl of the hit's URL while it was seen, if any. */
  private Dataset<Row> withEvidence(Dataset<Row> hits) {
    Dataset<Row> evidence = evidenceIndex();
    if (evidence == null) {
      return hits.withColumn("evidence", lit(null).cast(DataTypes.StringType));
    }
    Dataset<Row> found = hits.select(col(HIT_KEY[0]), col(HIT_KEY[1]), col(HIT_KEY[2]),
            col("latest.url").as("hit_url"), col("first_seen"), col("last_seen"))
        .join(evidence, col("hit_url").equalTo(col("page_url"))
            .and(col("crawl_date").between(col("first_seen"), col("last_seen"))))
        .groupBy(HIT_KEY[0], HIT_KEY[1], HIT_KEY[2])
        .agg(functions.max_by(col("evidence"), functions.struct(col("crawl_date"),
            col("fetched_at"))).as("evidence"));
    return hits.join(found, HIT_KEY, "left");
  }

  /** (page_url, crawl_date, fetched_at, evidence path) of the crawls in the period. */
  private Dataset<Row> evidenceIndex() {
    StructType schema = new StructType().add("url", DataTypes.StringType)
        .add("final_url", DataTypes.StringType).add("fetched_at", DataTypes.StringType)
        .add("file", DataTypes.StringType);
    Dataset<Row> all = null;
    try {
      Path table = new Path(request.warehouse(), "evidence");
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.isDirectory(table)) {
        return null;
      }
      for (FileStatus day : fs.listStatus(table)) {
        String name = day.getPath().getName();
        Path index = new Path(day.getPath(), "index.jsonl");
        if (!name.startsWith("crawl_date=") || !fs.exists(index)) {
          continue;
        }
        LocalDate date = LocalDate.parse(name.substring("crawl_date=".length()));
        if (date.isBefore(request.from()) || date.isAfter(request.to())) {
          continue;
        }
        Dataset<Row> rows = spark.read().schema(schema).json(index.toString())
            .filter(col("file").isNotNull())
            .select(functions.explode(functions.array_distinct(functions.array(col("url"),
                    col("final_url")))).as("page_url"), col("fetched_at"),
                functions.concat(lit(request.warehouse() + "/evidence/" + name + "/"),
                    col("file")).as("evidence"))
            .filter(col("page_url").isNotNull())
            .withColumn("crawl_date", lit(java.sql.Date.valueOf(date)));
        all = all == null ? rows : all.unionByName(rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + request.warehouse() + "/evidence", e);
    }
    return all;
  }

  /** {@code hits.csv}: one file with a header; matched_terms as a JSON array. */
  private void writeCsv(FileSystem fs, Dataset<Row> hits, Path staging) throws IOException {
    Path parts = new Path(staging, "_csv");
    hits.withColumn("matched_terms", functions.to_json(col("matched_terms")))
        .orderBy(HIT_KEY[0], HIT_KEY[1], HIT_KEY[2]).coalesce(1).write()
        .option("header", "true").option("dateFormat", "yyyy-MM-dd").csv(parts.toString());
    Path csv = null;
    for (FileStatus f : fs.listStatus(parts)) {
      if (f.getPath().getName().startsWith("part-")) {
        csv = f.getPath();
      }
    }
    if (csv == null) {
      throw new IOException("Spark wrote no CSV part file in " + parts);
    }
    PartitionWriter.swap(fs, csv, new Path(staging, "hits.csv"));
    fs.delete(parts, true);
  }
}
