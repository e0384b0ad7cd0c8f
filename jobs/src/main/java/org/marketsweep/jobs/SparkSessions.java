package org.marketsweep.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run: {@code local[*]} unless a master is given (or set by
 * {@code spark-submit}), UTC session time zone, timestamps written as Parquet
 * {@code TIMESTAMP_MICROS}, and partition overwrite limited to the partitions written.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Returns the active session, or creates one.
   *
   * @param master null to keep the master set by spark-submit or default to local[*]
   */
  public static SparkSession getOrCreate(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("marketsweep");
    String configured = System.getProperty("spark.master");
    String effective = master != null ? master : configured != null ? configured : "local[*]";
    b.master(effective);
    if (System.getProperty("spark.ui.enabled") == null) {
      b.config("spark.ui.enabled", "false");
    }
    if (effective.startsWith("local") && System.getProperty("spark.sql.shuffle.partitions")
        == null) {
      b.config("spark.sql.shuffle.partitions",
          String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    return b
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.adaptive.enabled", "true")
        .getOrCreate();
  }
}
