package org.marketsweep.jobs;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The flag record of the contract (see ARCHITECTURE: flag record), as written to
 * {@code flags/scan_date=D/}. {@code scan_date} is the partition column: it lives in the
 * folder name, and Spark, DuckDB ({@code hive_partitioning=true}) and pandas read it back as a
 * date. {@code rule_info} carries rule-specific facts (e.g. a recall number and hazard).
 */
public final class FlagRecord {
  /** Columns stored in the Parquet files (everything but {@code scan_date}). */
  public static final StructType SCHEMA = new StructType()
      .add("scan_id", DataTypes.StringType, false)
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("seller_id", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, false)
      .add("language", DataTypes.StringType, true)
      .add("rule_id", DataTypes.StringType, false)
      .add("list_name", DataTypes.StringType, false)
      .add("list_version", DataTypes.StringType, false)
      .add("category", DataTypes.StringType, false)
      .add("dsa_category", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("snippet", DataTypes.StringType, false)
      .add("detected_at", DataTypes.TimestampNTZType, false)
      .add("automated_detection", DataTypes.BooleanType, false)
      .add("rule_info", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
          false);

  public static final String PARTITION_COLUMN = "scan_date";

  private FlagRecord() {}
}
