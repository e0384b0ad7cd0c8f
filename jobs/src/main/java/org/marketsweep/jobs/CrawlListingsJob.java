package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.marketsweep.crawl.CrawlConfig;
import org.marketsweep.crawl.CrawlProgress;
import org.marketsweep.crawl.CrawlSummary;
import org.marketsweep.crawl.CrawledPage;
import org.marketsweep.crawl.Crawler;
import org.marketsweep.crawl.DirectoryEvidenceSink;
import org.marketsweep.crawl.ExtractedProduct;
import org.marketsweep.crawl.Seed;
import org.marketsweep.crawl.SiteProfile;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.io.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls marketplace pages and writes what was on sale as the day's snapshot, one partition
 * per site: {@code listings/snapshot_date=D/marketplace=<host>/}. The marketplace is the host
 * without {@code www.}; the listing id is the path and query of the listing's URL, so a later
 * crawl that finds the page gone (404, 410, "listing ended") records the same listing as
 * {@code removed}. Page bytes are kept as evidence in {@code evidence/crawl_date=D/}
 * ({@code <sha256>.html.gz} plus {@code index.jsonl}); a product page without a title is
 * rejected; the crawl summary (with every failure) goes to
 * {@code runs/crawl_date=D/summary.json}.
 */
public final class CrawlListingsJob {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlListingsJob.class);

  /** What a crawl wrote. */
  public record Summary(CrawlSummary crawl, Map<String, Long> listingsByMarketplace,
      long removed, long rejected) {
    public String render() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "crawl: %d pages fetched, %d products, %d removed, %d failures, %d rejected%n",
          crawl.pagesFetched(), crawl.productsExtracted(), removed, crawl.failures().size(),
          rejected));
      listingsByMarketplace.forEach((m, n) ->
          s.append(String.format(Locale.ROOT, "  %-30s %,8d listings%n", m, n)));
      crawl.failures().forEach(f ->
          s.append("  failed ").append(f.url()).append(": ").append(f.reason()).append('\n'));
      return s.toString();
    }
  }

  private final SparkSession spark;
  private final List<Seed> seeds;
  private final CrawlConfig config;
  private final List<SiteProfile> profiles;
  private final LocalDate date;
  private final String warehouse;

  public CrawlListingsJob(SparkSession spark, List<Seed> seeds, CrawlConfig config,
      List<SiteProfile> profiles, LocalDate date, String warehouse) {
    this.spark = spark;
    this.seeds = List.copyOf(seeds);
    this.config = config;
    this.profiles = List.copyOf(profiles);
    this.date = date;
    this.warehouse = warehouse;
  }

  public Summary execute() throws IOException, InterruptedException {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("No seeds to crawl");
    }
    Path evidence = Path.of(URI.create(localUri(warehouse + "/evidence/crawl_date=" + date)));
    Crawler.Builder builder = Crawler.builder(config)
        .evidenceSink(new DirectoryEvidenceSink(evidence))
        .progress(CrawlProgress.auto(config.progressInterval()));
    profiles.forEach(builder::addProfile);
    ConcurrentLinkedQueue<CrawledPage> pages = new ConcurrentLinkedQueue<>();
    LOG.info("Crawl of {} seeds for {} into {}", seeds.size(), date, warehouse);
    CrawlSummary crawl = builder.build().crawl(seeds, page -> {
      if (page.product() != null || page.removed()) {
        pages.add(page);
      }
    });
    return write(crawl, pages);
  }

  private Summary write(CrawlSummary crawl, Iterable<CrawledPage> pages) {
    Map<String, List<Row>> byMarketplace = new TreeMap<>();
    List<Row> rejects = new ArrayList<>();
    java.util.Set<String> known = knownListings();
    long removed = 0;
    for (CrawledPage page : pages) {
      String marketplace = marketplace(page.url());
      if (page.removed() && page.depth() > 0
          && !known.contains(marketplace + "\u0000" + listingId(page.url()))) {
        continue;
      }
      String title = page.product() == null ? null : page.product().title();
      if (!page.removed() && (title == null || title.isBlank())) {
        rejects.add(new Reject(page.url().toString(), 0, "title",
            "no product title could be extracted from the page", null).toRow());
        continue;
      }
      removed += page.removed() ? 1 : 0;
      byMarketplace.computeIfAbsent(marketplace, m -> new ArrayList<>())
          .add(listing(marketplace, page).toRow());
    }
    Map<String, Long> counts = new TreeMap<>();
    byMarketplace.forEach((marketplace, rows) -> {
      PartitionWriter.replace(spark, spark.createDataFrame(rows, ListingRecord.SCHEMA)
              .drop("marketplace").coalesce(1), warehouse + "/listings",
          "snapshot_date=" + date + "/marketplace=" + marketplace, "parquet");
      counts.put(marketplace, (long) rows.size());
    });
    if (!rejects.isEmpty()) {
      PartitionWriter.replace(spark, spark.createDataFrame(rejects, Reject.SCHEMA).coalesce(1),
          warehouse + "/rejects", "crawl_date=" + date, "json");
    }
    Summary summary = new Summary(crawl, counts, removed, rejects.size());
    writeSummary(summary);
    return summary;
  }

  /**
   * Listings seen in earlier snapshots, as {@code marketplace NUL listing_id}: a page that is
   * gone only says "removed" for a listing the warehouse knows (or a listing seed); a dead
   * link found on a category page is no listing at all.
   */
  private java.util.Set<String> knownListings() {
    String table = warehouse + "/listings";
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(table);
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return java.util.Set.of();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + table, e);
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    for (Row r : spark.read().parquet(table)
        .filter(org.apache.spark.sql.functions.col("snapshot_date").lt(date.toString()))
        .select("marketplace", "listing_id").distinct().collectAsList()) {
      known.add(r.getString(0) + "\u0000" + r.getString(1));
    }
    return known;
  }

  private static ListingRecord listing(String marketplace, CrawledPage page) {
    ExtractedProduct p = page.product();
    LocalDateTime seen = LocalDateTime.ofInstant(page.fetchedAt(), ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
    String url = p != null && p.canonicalUrl() != null ? p.canonicalUrl()
        : page.url().toString();
    String title = p != null && p.title() != null ? p.title() : "(removed listing)";
    return new ListingRecord(marketplace, listingId(page.url()), url, title,
        p == null ? null : p.description(),
        p == null || p.price() == null ? null : p.price().setScale(2,
            java.math.RoundingMode.HALF_UP),
        p == null ? null : p.currency(), p == null ? null : p.seller(), null, null, seen,
        page.removed() ? ListingRecord.REMOVED : ListingRecord.ACTIVE);
  }

  /** The host without {@code www.}, lower case; ports are kept as {@code host_port}. */
  static String marketplace(URI url) {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    host = host.startsWith("www.") ? host.substring(4) : host;
    return url.getPort() > 0 ? host + "_" + url.getPort() : host;
  }

  /** The path and query of the listing's URL: stable across crawls of the same page. */
  static String listingId(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  private static String localUri(String path) {
    return path.contains("://") ? path : Path.of(path).toAbsolutePath().toUri().toString();
  }

  private void writeSummary(Summary summary) {
    Json.write(spark.sparkContext().hadoopConfiguration(),
        warehouse + "/runs/crawl_date=" + date + "/summary.json", summary);
  }
}
