package org.marketsweep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.collection.JavaConverters;
import scala.collection.immutable.Seq;

/**
 * Reads feed files (JSONL, CSV, Parquet; a file or a folder of them) into listing rows and
 * reject rows. Every input row ends up in exactly one of the two. When the same listing
 * (marketplace, listing id) appears more than once, the latest observation is kept and the
 * others are rejected as duplicates.
 */
public final class ListingReader {
  /** The column of parsed rows that says {@code listing} or {@code reject}. */
  public static final String KIND = "_kind";
  static final String SOURCE = "_source";
  static final String LINE = "_line";
  static final String REASON = "_reason";
  static final String FIELD = "_field";
  static final String RAW = "_raw";

  /**
   * Listing rows and reject rows, and every row with its kind ({@code parsed}, duplicates
   * marked as rejects), {@code rows} of them (counted when the input was cached); call
   * {@link #release()} when they have been written.
   */
  public record Result(Dataset<Row> listings, Dataset<Row> rejects, Dataset<Row> parsed,
      long rows, List<String> files, List<Dataset<Row>> cached) {
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  /** Parsed rows: kind, source, line, field, reason, raw; then the listing columns. */
  private static final int BOOKKEEPING = 6;
  private static final long MIN_SPLIT_BYTES = 256L << 10;
  private static final StructType PARSED = buildParsedSchema();
  private static final int MARKETPLACE = PARSED.fieldIndex("marketplace");
  private static final int LISTING_ID = PARSED.fieldIndex("listing_id");
  private static final int OBSERVED_AT = PARSED.fieldIndex("observed_at");

  private ListingReader() {}

  /**
   * Every row of the input, parsed ({@link #parsedSchema()}: kind, source, line, field, reason
   * and raw text of rejects, then the listing columns), before duplicates are resolved; and
   * the feed files read.
   */
  public record Parsed(JavaRDD<Row> rows, List<String> files) {}

  public static Result read(SparkSession spark, String input, ListingParser parser) {
    return read(spark, input, parser, FeedSplit.SPLIT_BYTES);
  }

  /** {@link #read}, cutting large JSONL files into parts of about {@code splitBytes}. */
  static Result read(SparkSession spark, String input, ListingParser parser, long splitBytes) {
    Parsed parsed = parse(spark, input, parser, splitBytes);
    Result all = resolve(spark.createDataFrame(parsed.rows(), PARSED), parsed.files());
    return new Result(all.listings().select(listingColumns()), all.rejects(), all.parsed(),
        all.rows(), all.files(), all.cached());
  }

  /**
   * The input's rows, parsed on the executors; large JSONL files in parts of about a quarter
   * of the input per core (at most {@link FeedSplit#SPLIT_BYTES}), so that every core has
   * work to the end.
   */
  public static Parsed parse(SparkSession spark, String input, ListingParser parser) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = feedFiles(conf, input);
    long bytes = 0;
    for (String file : files) {
      Path path = new Path(file);
      try {
        bytes += path.getFileSystem(conf).getFileStatus(path).getLen();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    long perCore = bytes / (4L * Math.max(1, spark.sparkContext().defaultParallelism()));
    return parse(spark, files, parser,
        Math.max(MIN_SPLIT_BYTES, Math.min(FeedSplit.SPLIT_BYTES, perCore)));
  }

  /** The input's rows, parsed on the executors, in parts of about {@code splitBytes}. */
  public static Parsed parse(SparkSession spark, String input, ListingParser parser,
      long splitBytes) {
    return parse(spark, feedFiles(spark.sparkContext().hadoopConfiguration(), input), parser,
        splitBytes);
  }

  private static Parsed parse(SparkSession spark, List<String> files, ListingParser parser,
      long splitBytes) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> text = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    for (String file : files) {
      (FeedFormat.of(new Path(file).getName()) == FeedFormat.PARQUET ? parquet : text)
          .add(file);
    }
    List<FeedSplit> splits = new ArrayList<>();
    for (String file : text) {
      splits.addAll(FeedSplit.of(conf, file, splitBytes));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> parsed = jsc.parallelize(splits, Math.max(1, splits.size()))
        .flatMap(new ParseFeedFile(parser, new HadoopConf(conf)));
    if (!parquet.isEmpty()) {
      Dataset<Row> rows = spark.read().parquet(parquet.toArray(String[]::new))
          .withColumn(SOURCE, functions.input_file_name());
      parsed = parsed.union(rows.map(new ParseParquetRow(parser), Encoders.row(PARSED))
          .javaRDD());
    }
    List<String> all = new ArrayList<>(text);
    all.addAll(parquet);
    return new Parsed(parsed, all);
  }

  /**
   * Resolves duplicates among parsed rows: {@code rows} has the columns of
   * {@link #parsedSchema()} (the listing text may be null) and any more. The rows are cached,
   * counted and their keys checked for repeats in one job, so the jobs that read them do not
   * each compute them; the listings keep every column of {@code rows}.
   */
  public static Result resolve(Dataset<Row> rows, List<String> files) {
    Dataset<Row> parsed = rows.persist(StorageLevel.MEMORY_AND_DISK());
    Column listing = functions.col(KIND).equalTo("listing");
    Row counted = parsed.groupBy(functions.col(KIND), functions.col("marketplace"),
            functions.col("listing_id")).count()
        .agg(functions.sum("count"),
            functions.count(functions.when(listing.and(functions.col("count").gt(1)), 1)))
        .first();
    long count = counted.isNullAt(0) ? 0 : counted.getLong(0);
    if (counted.getLong(1) == 0) {
      // usually no key repeats, and the rows are then taken as they are, without joins
      return new Result(parsed.filter(listing), rejects(parsed), parsed, count, files,
          List.of(parsed));
    }
    Dataset<Row> duplicateKeys = duplicateKeys(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> marked = markDuplicates(parsed, duplicateKeys);
    return new Result(marked.filter(listing), rejects(marked), marked, count, files,
        List.of(parsed, duplicateKeys));
  }

  /**
   * Parsed rows (see {@link #parsedSchema()}) that need no check for duplicates: rows of a
   * warehouse snapshot, which were checked when ingested. Cached and counted like
   * {@link #resolve}.
   */
  public static Result resolveChecked(Dataset<Row> rows, List<String> files) {
    Dataset<Row> parsed = rows.persist(StorageLevel.MEMORY_AND_DISK());
    long count = parsed.count();
    Dataset<Row> rejects = rejects(parsed);
    return new Result(parsed.filter(functions.col(KIND).equalTo("listing")), rejects, parsed,
        count, files, List.of(parsed));
  }

  /** The reject rows of parsed rows, in the columns of {@link Reject#SCHEMA}. */
  private static Dataset<Row> rejects(Dataset<Row> parsed) {
    return parsed.filter(functions.col(KIND).equalTo("reject"))
        .select(functions.col(SOURCE).as("source"), functions.col(LINE).as("line"),
            functions.col(FIELD).as("field"), functions.col(REASON).as("reason"),
            functions.col(RAW).as("raw"));
  }

  /** The columns of parsed rows, followed by {@code more}. */
  public static StructType parsedSchema(StructField... more) {
    StructType schema = PARSED;
    for (StructField f : more) {
      schema = schema.add(f);
    }
    return schema;
  }

  /** Whether a parsed row is a listing (else a reject). */
  public static boolean isListing(Row parsed) {
    return "listing".equals(parsed.getString(0));
  }

  /**
   * A parsed row with only what tells duplicates and rejects apart (kind, source, line, reject
   * reason and text; marketplace, listing id, observed at), the listing's other columns null:
   * what a job keeps once it has read the listing. Followed by {@code more} values.
   */
  public static Row keyOnly(Row parsed, Object... more) {
    Object[] values = new Object[PARSED.size() + more.length];
    for (int i = 0; i < PARSED.size(); i++) {
      boolean kept = i < BOOKKEEPING || i == MARKETPLACE || i == LISTING_ID
          || i == OBSERVED_AT;
      values[i] = kept ? parsed.get(i) : null;
    }
    System.arraycopy(more, 0, values, PARSED.size(), more.length);
    return RowFactory.create(values);
  }

  /** The listing of a parsed listing row. */
  public static ListingRecord listing(Row parsed) {
    int f = BOOKKEEPING;
    return new ListingRecord(parsed.getString(f), parsed.getString(f + 1),
        parsed.getString(f + 2), parsed.getString(f + 3), parsed.getString(f + 4),
        (java.math.BigDecimal) parsed.get(f + 5), parsed.getString(f + 6),
        parsed.getString(f + 7), parsed.getString(f + 8), parsed.getString(f + 9),
        (java.time.LocalDateTime) parsed.get(f + 10), parsed.getString(f + 11));
  }

  /**
   * The warehouse snapshot of one day (all marketplaces) as parsed rows: rows there were
   * validated at ingest, so there are no rejects and no duplicates (see
   * {@link #resolveChecked}).
   */
  public static Parsed parseSnapshot(SparkSession spark, String warehouse, String date) {
    String table = warehouse + "/listings";
    String day = table + "/snapshot_date=" + date;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path path = new Path(day);
      if (!path.getFileSystem(conf).exists(path)) {
        throw new IllegalArgumentException("No listings snapshot for " + date + " in "
            + warehouse + " (expected " + day + "); run ingest or crawl first");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + day, e);
    }
    JavaRDD<Row> rows = spark.read().schema(snapshotSchema()).option("basePath", table)
        .parquet(day)
        .select(listingColumns())
        .javaRDD()
        .map(new SnapshotRow(day));
    return new Parsed(rows, List.of(day));
  }

  /**
   * The schema of {@code listings/}: the listing columns stored in the files, then the
   * partition columns as text, so that a marketplace named {@code 007} stays {@code "007"}
   * (Spark would otherwise infer a number from the folder name).
   */
  public static StructType snapshotSchema() {
    StructType schema = new StructType();
    for (StructField f : ListingRecord.SCHEMA.fields()) {
      if (!f.name().equals("marketplace")) {
        schema = schema.add(f.name(), f.dataType(), true);
      }
    }
    return schema.add("snapshot_date", DataTypes.StringType, false)
        .add("marketplace", DataTypes.StringType, false);
  }

  /** The listing contract's columns, in contract order. */
  private static org.apache.spark.sql.Column[] listingColumns() {
    return java.util.Arrays.stream(ListingRecord.SCHEMA.fieldNames()).map(functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The (marketplace, listing_id) pairs that occur more than once: few, usually none. */
  private static Dataset<Row> duplicateKeys(Dataset<Row> parsed) {
    return parsed.filter(functions.col(KIND).equalTo("listing"))
        .groupBy("marketplace", "listing_id").count()
        .filter(functions.col("count").gt(1))
        .select("marketplace", "listing_id");
  }

  /**
   * Later copies of a (marketplace, listing_id) in the same input become rejects. Only the rows
   * of duplicated keys are ranked (a broadcast of the keys selects them), so the listings' text
   * is never shuffled for the sake of the few duplicates.
   */
  private static Dataset<Row> markDuplicates(Dataset<Row> parsed, Dataset<Row> duplicateKeys) {
    Seq<String> key = JavaConverters.asScalaBuffer(List.of("marketplace", "listing_id"))
        .toSeq();
    Dataset<Row> keys = functions.broadcast(duplicateKeys);
    Dataset<Row> single = parsed.join(keys, key, "left_anti");
    Dataset<Row> repeated = parsed.join(keys, key, "left_semi");
    var byListing = Window.partitionBy("marketplace", "listing_id")
        .orderBy(functions.col("observed_at").desc(), functions.col(SOURCE), functions.col(LINE));
    Dataset<Row> ranked = repeated.withColumn("_rank", functions.when(
        functions.col(KIND).equalTo("listing"), functions.row_number().over(byListing)));
    var duplicate = functions.col("_rank").gt(1);
    return single.unionByName(ranked
        .withColumn(REASON, functions.when(duplicate, functions.concat(
            functions.lit("duplicate listing: marketplace "), functions.col("marketplace"),
            functions.lit(", listing_id "), functions.col("listing_id"),
            functions.lit(" appears again in this input; the latest observation is kept")))
            .otherwise(functions.col(REASON)))
        .withColumn(FIELD, functions.when(duplicate, functions.lit("listing_id"))
            .otherwise(functions.col(FIELD)))
        .withColumn(KIND, functions.when(duplicate, functions.lit("reject"))
            .otherwise(functions.col(KIND)))
        .drop("_rank"));
  }

  /** The feed files at {@code input}: the file itself, or the feed files below a folder. */
  public static List<String> feedFiles(Configuration conf, String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(path);
      List<String> files = new ArrayList<>();
      if (status.isFile()) {
        if (FeedFormat.of(path.getName()) == null) {
          throw new IllegalArgumentException("Not a feed file (.jsonl, .ndjson, .json, .csv,"
              + " .tsv, .parquet, optionally .gz): " + input);
        }
        files.add(status.getPath().toString());
        return files;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        Path file = it.next().getPath();
        if (FeedFormat.of(file.getName()) != null && !hiddenBelow(path, file)) {
          files.add(file.toString());
        }
      }
      files.sort(null);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("No feed files (.jsonl, .csv, .parquet) in " + input);
      }
      return files;
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("Input does not exist: " + input, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + input, e);
    }
  }

  private static boolean hiddenBelow(Path root, Path file) {
    for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  static Row listingRow(ListingRecord l, String source, long line) {
    return RowFactory.create("listing", source, line, null, null, null, l.marketplace(),
        l.listingId(), l.url(), l.title(), l.description(), l.price(), l.currency(),
        l.sellerId(), l.category(), l.language(), l.observedAt(), l.status());
  }

  static Row rejectRow(Reject r) {
    Object[] values = new Object[PARSED.size()];
    values[0] = "reject";
    values[1] = r.source();
    values[2] = r.line();
    values[3] = r.field();
    values[4] = r.reason();
    values[5] = r.raw();
    return RowFactory.create(values);
  }

  private static StructType buildParsedSchema() {
    StructType s = new StructType()
        .add(KIND, DataTypes.StringType, false)
        .add(SOURCE, DataTypes.StringType, true)
        .add(LINE, DataTypes.LongType, true)
        .add(FIELD, DataTypes.StringType, true)
        .add(REASON, DataTypes.StringType, true)
        .add(RAW, DataTypes.StringType, true);
    for (StructField f : ListingRecord.SCHEMA.fields()) {
      s = s.add(f.name(), f.dataType(), true);
    }
    return s;
  }

  /** Parses one JSONL or CSV file, or a part of a JSONL file, on an executor. */
  static final class ParseFeedFile implements FlatMapFunction<FeedSplit, Row> {
    private static final long serialVersionUID = 1L;
    private final ListingParser parser;
    private final HadoopConf conf;

    ParseFeedFile(ListingParser parser, HadoopConf conf) {
      this.parser = parser;
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(FeedSplit split) throws IOException {
      String file = split.file();
      Path path = new Path(file);
      InputStream in = split.isWhole() ? open(path) : openPart(path, split);
      Iterator<FeedFileParser.Parsed<ListingRecord>> rows =
          FeedFormat.of(path.getName()) == FeedFormat.JSONL
          ? FeedFileParser.jsonl(in, file, parser, split.firstLine())
          : FeedFileParser.csv(in, file, parser);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more) {
            closeQuietly(in);
          }
          return more;
        }

        @Override
        public Row next() {
          FeedFileParser.Parsed<ListingRecord> p = rows.next();
          return p.record() != null ? listingRow(p.record(), file, p.line())
              : rejectRow(p.reject());
        }
      };
    }

    private InputStream open(Path path) throws IOException {
      FileSystem fs = path.getFileSystem(conf.get());
      InputStream raw = new java.io.BufferedInputStream(fs.open(path), 1 << 16);
      CompressionCodec codec = new CompressionCodecFactory(conf.get()).getCodec(path);
      return codec == null ? raw : codec.createInputStream(raw);
    }

    private InputStream openPart(Path path, FeedSplit split) throws IOException {
      return split.open(path.getFileSystem(conf.get()));
    }

    private static void closeQuietly(InputStream in) {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A listing of a warehouse snapshot as a parsed row. */
  static final class SnapshotRow implements org.apache.spark.api.java.function.Function<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String source;

    SnapshotRow(String source) {
      this.source = source;
    }

    @Override
    public Row call(Row row) {
      return listingRow(ListingRecord.fromRow(row), source, 0);
    }
  }

  /** Validates one Parquet row against the contract. */
  static final class ParseParquetRow implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ListingParser parser;

    ParseParquetRow(ListingParser parser) {
      this.parser = parser;
    }

    @Override
    public Row call(Row row) {
      String source = row.getAs(SOURCE);
      StructType schema = row.schema();
      java.util.function.Function<String, Object> field = name -> {
        int i = schema.getFieldIndex(name).isDefined() ? schema.fieldIndex(name) : -1;
        return i < 0 ? null : row.get(i);
      };
      FeedFileParser.Parsed<ListingRecord> p = FeedFileParser.parse(parser, field, source, 0, null);
      return p.record() != null ? listingRow(p.record(), source, 0)
          : rejectRow(new Reject(source, 0, p.reject().field(), p.reject().reason(),
              row.mkString("{", ", ", "}")));
    }
  }
}
