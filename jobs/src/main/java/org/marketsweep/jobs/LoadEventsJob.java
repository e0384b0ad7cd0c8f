package org.marketsweep.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.FeedFileParser;
import org.marketsweep.io.FeedFormat;
import org.marketsweep.io.ListingReader;
import org.marketsweep.io.Reject;
import org.marketsweep.io.RowParser;

/**
 * Loads one kind of event file (notices, removals or reviewer decisions; JSONL, CSV or
 * Parquet) into {@code <warehouse>/<kind>/load_date=D/}, replacing what an earlier load of the
 * same day wrote. Bad rows go to {@code rejects/<kind>/load_date=D/} with file, line, field,
 * reason and raw text; a notice id seen twice in the load is rejected the second time. Event
 * files are small (thousands of rows a day), so they are parsed on the driver.
 */
public final class LoadEventsJob {
  /** What a load did; {@code read = written + rejected}. */
  public record Summary(String kind, String date, long read, long written, long rejected,
      String path, String rejectsPath) {
    public String render() {
      return String.format(Locale.ROOT, "%s %s: read %,d, written %,d -> %s, rejected %,d%s%n",
          kind, date, read, written, path, rejected, rejected > 0 ? " -> " + rejectsPath : "");
    }
  }

  private final SparkSession spark;
  private final EventKind kind;
  private final String input;
  private final LocalDate date;
  private final String warehouse;

  public LoadEventsJob(SparkSession spark, EventKind kind, String input, LocalDate date,
      String warehouse) {
    this.spark = spark;
    this.kind = kind;
    this.input = input;
    this.date = date;
    this.warehouse = warehouse;
  }

  public Summary execute() {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rows = new ArrayList<>();
    List<Row> rejects = new ArrayList<>();
    Map<String, String> firstNotice = new HashMap<>();
    RowParser<Row> parser = kind.parser();
    for (String file : ListingReader.feedFiles(conf, input)) {
      Iterator<FeedFileParser.Parsed<Row>> parsed = parse(conf, file, parser);
      while (parsed.hasNext()) {
        FeedFileParser.Parsed<Row> p = parsed.next();
        if (p.reject() != null) {
          rejects.add(p.reject().toRow());
          continue;
        }
        Row r = p.record();
        if (kind == EventKind.NOTICES) {
          String where = file + ":" + p.line();
          String first = firstNotice.putIfAbsent(r.getString(0), where);
          if (first != null) {
            rejects.add(new Reject(file, p.line(), "notice_id", "duplicate notice_id \""
                + r.getString(0) + "\" (first at " + first + ")", r.toString()).toRow());
            continue;
          }
        }
        rows.add(r);
      }
    }
    String partition = "load_date=" + date;
    String table = warehouse + "/" + kind.table();
    String rejectsTable = warehouse + "/rejects/" + kind.table();
    PartitionWriter.replace(spark, spark.createDataFrame(rows, kind.schema()).coalesce(1),
        table, partition, "parquet");
    PartitionWriter.replace(spark, spark.createDataFrame(rejects, Reject.SCHEMA).coalesce(1),
        rejectsTable, partition, "json");
    return new Summary(kind.table(), date.toString(), rows.size() + rejects.size(),
        rows.size(), rejects.size(), table + "/" + partition, rejectsTable + "/" + partition);
  }

  private Iterator<FeedFileParser.Parsed<Row>> parse(Configuration conf, String file,
      RowParser<Row> parser) {
    Path path = new Path(file);
    try {
      if (FeedFormat.of(path.getName()) == FeedFormat.PARQUET) {
        return parquet(file, parser);
      }
      FileSystem fs = path.getFileSystem(conf);
      InputStream raw = new java.io.BufferedInputStream(fs.open(path), 1 << 16);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      InputStream in = codec == null ? raw : codec.createInputStream(raw);
      List<FeedFileParser.Parsed<Row>> all = new ArrayList<>();
      try (in) {
        Iterator<FeedFileParser.Parsed<Row>> it = FeedFormat.of(path.getName())
            == FeedFormat.JSONL ? FeedFileParser.jsonl(in, file, parser)
            : FeedFileParser.csv(in, file, parser, StandardCharsets.UTF_8, ',');
        it.forEachRemaining(all::add);
      }
      return all.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private Iterator<FeedFileParser.Parsed<Row>> parquet(String file, RowParser<Row> parser) {
    List<FeedFileParser.Parsed<Row>> all = new ArrayList<>();
    long line = 0;
    for (Row row : spark.read().parquet(file).collectAsList()) {
      StructType schema = row.schema();
      java.util.function.Function<String, Object> field = name ->
          schema.getFieldIndex(name).isDefined() ? row.get(schema.fieldIndex(name)) : null;
      all.add(FeedFileParser.parse(parser, field, file, ++line, row.toString()));
    }
    return all.iterator();
  }
}
