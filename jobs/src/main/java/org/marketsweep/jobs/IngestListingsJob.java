package org.marketsweep.jobs;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.marketsweep.io.ListingParser;
import org.marketsweep.io.ListingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one marketplace's feed of one day into the warehouse:
 * {@code listings/snapshot_date=D/marketplace=M/} (replaced as a whole, nothing else
 * touched) and {@code rejects/snapshot_date=D/marketplace=M/} (JSON lines with reason and
 * raw text). Rows naming another marketplace than {@code M} are rejected.
 */
public final class IngestListingsJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestListingsJob.class);

  /** What an ingest did; {@code read = written + rejected}. */
  public record Summary(String marketplace, String date, long read, long written,
      long rejected, String listingsPath, String rejectsPath) {
    public Summary {
      if (read != written + rejected) {
        throw new IllegalStateException("Ingest summary does not balance: " + read + " != "
            + written + " + " + rejected);
      }
    }

    public String render() {
      return String.format(java.util.Locale.ROOT,
          "ingest %s %s: read %,d, written %,d -> %s, rejected %,d%s%n", marketplace, date,
          read, written, listingsPath, rejected, rejected > 0 ? " -> " + rejectsPath : "");
    }
  }

  private final SparkSession spark;
  private final String source;
  private final String marketplace;
  private final LocalDate date;
  private final String warehouse;
  private final ListingParser parser;

  public IngestListingsJob(SparkSession spark, String source, String marketplace,
      LocalDate date, String warehouse, ListingParser parser) {
    this.spark = spark;
    this.source = source;
    this.marketplace = marketplace;
    this.date = date;
    this.warehouse = warehouse;
    this.parser = new ListingParser(
        parser.mapping().withDefaultMarketplace(marketplace).withSnapshotDate(date));
  }

  public Summary execute() {
    if (!marketplace.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("Marketplace must be letters, digits, '.', '_' or '-':"
          + " \"" + marketplace + "\"");
    }
    LOG.info("Ingest {} for {} on {} into {}", source, marketplace, date, warehouse);
    ListingReader.Result read = ListingReader.read(spark, source, parser);
    try {
      return write(read);
    } finally {
      read.release();
    }
  }

  private Summary write(ListingReader.Result read) {
    var other = functions.col("marketplace").notEqual(functions.lit(marketplace));
    Dataset<Row> listings = read.listings().filter(functions.not(other)).drop("marketplace");
    Dataset<Row> foreign = read.parsed()
        .filter(functions.col("_kind").equalTo("listing").and(other))
        .select(functions.col("_source").as("source"), functions.col("_line").as("line"),
            functions.lit("marketplace").as("field"),
            functions.concat(functions.lit("marketplace \""), functions.col("marketplace"),
                functions.lit("\" is not the marketplace being ingested (" + marketplace
                    + ")")).as("reason"),
            functions.to_json(functions.struct(functions.col("marketplace"),
                functions.col("listing_id"), functions.col("title"))).as("raw"));
    Dataset<Row> rejects = read.rejects().unionByName(foreign);
    String partition = "snapshot_date=" + date + "/marketplace=" + marketplace;
    PartitionWriter.replace(spark, listings, warehouse + "/listings", partition, "parquet");
    PartitionWriter.replace(spark, rejects.coalesce(1), warehouse + "/rejects", partition,
        "json");
    long total = read.rows();
    long written = spark.read().parquet(warehouse + "/listings/" + partition).count();
    long rejected = spark.read().schema(org.marketsweep.io.Reject.SCHEMA)
        .json(warehouse + "/rejects/" + partition).count();
    return new Summary(marketplace, date.toString(), total, written, rejected,
        warehouse + "/listings/" + partition, warehouse + "/rejects/" + partition);
  }
}
