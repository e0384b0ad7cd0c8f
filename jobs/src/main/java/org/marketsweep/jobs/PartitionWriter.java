package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces one Hive-style partition of a table and nothing else: the rows are written to a
 * staging folder beside the table, then swapped in by renames. A run that dies while writing
 * leaves the previous partition as it was; a re-run replaces it, so no duplicate rows.
 */
public final class PartitionWriter {
  private static final Logger LOG = LoggerFactory.getLogger(PartitionWriter.class);
  static final String STAGING = "_staging";

  private PartitionWriter() {}

  /**
   * Writes {@code rows} as {@code <table>/<partition>/part-*}.
   *
   * @param partition e.g. {@code scan_date=2026-11-23} or
   *     {@code snapshot_date=2026-11-23/marketplace=shop}
   * @param format {@code parquet} or {@code json}
   */
  public static void replace(SparkSession spark, Dataset<Row> rows, String table,
      String partition, String format) {
    Path target = new Path(table, partition);
    Path staging = new Path(new Path(table, STAGING),
        partition.replace('/', '_') + "-" + UUID.randomUUID());
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      rows.write().format(format).mode(SaveMode.ErrorIfExists)
          .option("compression", format.equals("json") ? "none" : "snappy")
          .save(staging.toString());
      swap(fs, staging, target);
      cleanStaging(fs, new Path(table, STAGING));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  static void swap(FileSystem fs, Path staging, Path target) throws IOException {
    fs.mkdirs(target.getParent());
    Path old = null;
    if (fs.exists(target)) {
      old = new Path(staging.getParent(), target.getName() + "-old-" + UUID.randomUUID());
      rename(fs, target, old);
    }
    rename(fs, staging, target);
    if (old != null) {
      fs.delete(old, true);
    }
    LOG.info("Wrote {}", target);
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("Cannot rename " + from + " to " + to);
    }
  }

  /** Removes the staging folder once no run is using it. */
  static void cleanStaging(FileSystem fs, Path stagingRoot) throws IOException {
    if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
      fs.delete(stagingRoot, false);
    }
  }
}
