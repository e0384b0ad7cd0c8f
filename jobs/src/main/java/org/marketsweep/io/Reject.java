package org.marketsweep.io;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An input row that broke the contract: where it was, why, and its raw text (cut at
 * {@value #MAX_RAW_CHARS} characters).
 */
public record Reject(String source, long line, String field, String reason, String raw)
    implements Serializable {
  public static final int MAX_RAW_CHARS = 10_000;

  public static final StructType SCHEMA = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("field", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, false)
      .add("raw", DataTypes.StringType, true);

  public Reject {
    if (raw != null && raw.length() > MAX_RAW_CHARS) {
      raw = raw.substring(0, MAX_RAW_CHARS) + "…[" + (raw.length() - MAX_RAW_CHARS)
          + " more chars]";
    }
  }

  public Row toRow() {
    return RowFactory.create(source, line, field, reason, raw);
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + reason;
  }
}
