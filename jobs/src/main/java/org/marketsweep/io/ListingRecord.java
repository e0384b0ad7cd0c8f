package org.marketsweep.io;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marketsweep.match.ListingText;

/**
 * A listing as the contract defines it (see ARCHITECTURE: listing record). Timestamps are
 * UTC wall-clock values ({@code TIMESTAMP} without time zone in Parquet); price is
 * {@code DECIMAL(18,2)}.
 */
public record ListingRecord(
    String marketplace,
    String listingId,
    String url,
    String title,
    String description,
    BigDecimal price,
    String currency,
    String sellerId,
    String category,
    String language,
    LocalDateTime observedAt,
    String status) implements Serializable {

  public static final String ACTIVE = "active";
  public static final String REMOVED = "removed";

  /** Spark schema of the listing record, in contract order. */
  public static final StructType SCHEMA = new StructType()
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, false)
      .add("description", DataTypes.StringType, true)
      .add("price", DataTypes.createDecimalType(18, 2), true)
      .add("currency", DataTypes.StringType, true)
      .add("seller_id", DataTypes.StringType, true)
      .add("category", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true)
      .add("observed_at", DataTypes.TimestampNTZType, false)
      .add("status", DataTypes.StringType, false);

  public ListingRecord {
    Objects.requireNonNull(marketplace, "marketplace");
    Objects.requireNonNull(listingId, "listing_id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(observedAt, "observed_at");
    Objects.requireNonNull(status, "status");
  }

  public Row toRow() {
    return RowFactory.create(marketplace, listingId, url, title, description, price, currency,
        sellerId, category, language, observedAt, status);
  }

  /** Reads a row with {@link #SCHEMA}'s column names (other columns are ignored). */
  public static ListingRecord fromRow(Row row) {
    return new ListingRecord(row.getAs("marketplace"), row.getAs("listing_id"),
        row.getAs("url"), row.getAs("title"), row.getAs("description"), row.getAs("price"),
        row.getAs("currency"), row.getAs("seller_id"), row.getAs("category"),
        row.getAs("language"), row.getAs("observed_at"), row.getAs("status"));
  }

  public ListingText text() {
    return new ListingText(title, description, language, price, currency, category,
        marketplace);
  }
}
