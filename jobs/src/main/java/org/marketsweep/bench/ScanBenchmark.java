package org.marketsweep.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marketsweep.lists.KeywordListWriter;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingText;

/**
 * Times the end-to-end scan: the corpus written as a JSONL feed (without languages, so that
 * every listing's language is detected), then {@code bin/marketsweep scan} run on it as a
 * separate process with its own heap limit (JSON parsing, validation, language detection,
 * matching with the lists, or with a rule set written as lists, Parquet output, run summary).
 * Wall time is the process's, from start to exit (JVM and Spark start-up and rule compilation
 * included). From the JVM's GC log: peak heap, the largest occupancy before a collection
 * (garbage included: the collector lets the heap fill up to its limit), and the largest
 * occupancy after a young or full collection (an upper bound of the live data). Peak RSS is the
 * process's resident high-water mark.
 */
public final class ScanBenchmark {
  static final String SCAN_DATE = "2026-11-23";
  static final String SCAN = "scan";
  /** A scan whose input is Parquet: the feed ingested first (not timed), then scanned. */
  static final String PARQUET_SCAN = "scan (Parquet in)";
  static final String NIGHTLY = "nightly";
  static final String MARKETPLACE = "bench-market";
  /** The {@link Result#lists} of a run with the shipped lists (or those of {@code --lists}). */
  static final String SHIPPED = "shipped";
  /** The {@link Result#lists} of a run with a rule set made from them ({@link RuleSets}). */
  static final String GENERATED = "rule set";
  private static final Pattern GC_HEAP =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  /**
   * How to run the scan.
   *
   * @param launcher {@code bin/marketsweep}
   * @param lists keyword lists to scan with, or null for the shipped ones
   * @param heap the scan's maximum heap ({@code -Xmx}), e.g. {@code 2g}
   * @param keep whether to keep each scan's feed, output and logs in {@code workDir}
   */
  public record Options(Path launcher, Path workDir, Path lists, String heap, boolean keep) {}

  /**
   * One timed scan.
   *
   * @param wallSeconds the process, start to exit
   * @param jobSeconds the scan job's own time (its run summary)
   * @param peakHeapMb largest heap occupancy before a GC
   * @param afterGcHeapMb largest heap occupancy after a young or full GC
   * @param maxHeapMb the largest heap size the JVM reported (its limit, once grown)
   * @param lists {@link #SHIPPED} or {@link #GENERATED}
   */
  public record Result(String job, long listings, int rules, String lists, double wallSeconds,
      double jobSeconds, double peakHeapMb, double afterGcHeapMb, double maxHeapMb,
      double peakRssMb, long flags, long flaggedListings, int exitCode) {
    static final List<String> HEADER = List.of("job", "listings", "rules", "lists", "wall_s",
        "listings_per_s", "job_s", "peak_heap_mb", "after_gc_heap_mb", "max_heap_mb",
        "peak_rss_mb", "flags", "flagged_listings", "exit_code");

    public double listingsPerSecond() {
      return listings / wallSeconds;
    }

    List<Object> values() {
      return List.of(job, listings, rules, lists, BenchRow.round(wallSeconds, 1),
          BenchRow.round(listingsPerSecond(), 0), BenchRow.round(jobSeconds, 1),
          BenchRow.round(peakHeapMb, 0), BenchRow.round(afterGcHeapMb, 0),
          BenchRow.round(maxHeapMb, 0),
          BenchRow.round(peakRssMb, 0), flags, flaggedListings, exitCode);
    }
  }

  private final BenchCorpus corpus;
  private final Options options;
  private final Consumer<String> progress;

  public ScanBenchmark(BenchCorpus corpus, Options options, Consumer<String> progress) {
    this.corpus = corpus;
    this.options = options;
    this.progress = progress;
  }

  /**
   * Writes a feed of {@code listings} listings and runs {@code job} on it: {@link #SCAN};
   * {@link #PARQUET_SCAN}, the feed ingested into a warehouse first (not timed), whose
   * snapshot's Parquet files the scan then reads; or {@link #NIGHTLY}, the nightly job (ingest
   * into a new warehouse, scan, lifecycle, metrics, report; no crawl, no events), whose job time
   * is its scan step's. Removes both unless kept.
   */
  Result run(String job, long listings) throws IOException, InterruptedException {
    String name = job.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip()
        .replace(' ', '-');
    Path dir = Files.createDirectories(options.workDir().resolve(name + "-" + listings));
    return run(job, dir, listings, options.lists(), SHIPPED);
  }

  /**
   * Scans a feed of {@code listings} listings with {@code rules} instead of the lists: they are
   * written as YAML lists ({@link KeywordListWriter}) next to the feed, and handed to the scan
   * with {@code --lists}.
   */
  Result scan(long listings, List<Rule> rules) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(options.workDir().resolve(SCAN + "-" + listings
        + "-rules-" + rules.size()));
    Path lists = dir.resolve("lists");
    KeywordListWriter.write(lists, rules);
    return run(SCAN, dir, listings, lists, GENERATED);
  }

  private Result run(String job, Path dir, long listings, Path lists, String label)
      throws IOException, InterruptedException {
    Path feed = dir.resolve("feed.jsonl");
    long start = System.nanoTime();
    writeFeed(feed, listings);
    progress.accept(String.format(Locale.ROOT, "%s of %,d listings: feed of %,d MB written"
        + " in %.1f s", job, listings, Files.size(feed) >> 20, (System.nanoTime() - start) / 1e9));
    try {
      return time(job, dir, feed, listings, lists, label);
    } finally {
      if (!options.keep()) {
        deleteTree(dir);
      }
    }
  }

  void writeFeed(Path feed, long listings) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(feed), 1 << 16);
        JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (long i = 0; i < listings; i++) {
        writeListing(json, corpus.listing(i));
      }
      json.writeRaw('\n');
    }
  }

  private static void writeListing(JsonGenerator json, BenchListing listing) throws IOException {
    ListingText l = listing.text();
    json.writeStartObject();
    json.writeStringField("marketplace", MARKETPLACE);
    json.writeStringField("listing_id", listing.id());
    json.writeStringField("title", l.title());
    if (l.description() != null) {
      json.writeStringField("description", l.description());
    }
    if (l.price() != null) {
      json.writeNumberField("price", l.price());
    }
    if (l.currency() != null) {
      json.writeStringField("currency", l.currency());
    }
    if (l.category() != null) {
      json.writeStringField("category", l.category());
    }
    json.writeStringField("seller_id", "seller-" + Math.floorMod(listing.id().hashCode(), 50_000));
    json.writeStringField("observed_at", SCAN_DATE + "T06:00:00Z");
    json.writeEndObject();
  }

  private Result time(String job, Path dir, Path feed, long listings, Path lists, String label)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    Path gcLog = dir.resolve("gc.log");
    Path log = dir.resolve("job.log");
    List<String> command = new ArrayList<>(List.of(options.launcher().toString()));
    if (job.equals(SCAN)) {
      command.addAll(List.of("scan", "--input", feed.toString(), "--output", out.toString(),
          "--date", SCAN_DATE));
    } else if (job.equals(PARQUET_SCAN)) {
      command.addAll(List.of("scan", "--input", ingest(dir, feed).toString(), "--marketplace",
          MARKETPLACE, "--output", out.toString(), "--date", SCAN_DATE));
    } else {
      Path config = dir.resolve("nightly.yaml");
      Files.writeString(config, "marketsweep:\n  nightly:\n    warehouse: " + out
          + "\n    feeds:\n      - marketplace: " + ScanBenchmark.MARKETPLACE
          + "\n        source: " + feed + "\n", StandardCharsets.UTF_8);
      command.addAll(List.of("nightly", "--config", config.toString(), "--date", SCAN_DATE));
    }
    if (lists != null) {
      command.addAll(List.of("--lists", lists.toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    String javaOpts = pb.environment().getOrDefault("JAVA_OPTS", "");
    pb.environment().put("JAVA_OPTS", (javaOpts + " -Xlog:gc:file=" + gcLog).strip());
    pb.environment().put("MARKETSWEEP_HEAP", options.heap());
    long start = System.nanoTime();
    Process process = pb.start();
    long rssKb = 0;
    while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      rssKb = Math.max(rssKb, highWaterKb(process.pid()));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    int exit = process.exitValue();
    if (exit != 0 && exit != 3) {
      progress.accept(job + " failed (exit " + exit + "); its last output:\n" + tail(log));
    }
    double[] heap = heapMb(gcLog);
    JsonNode summary = summary(out);
    return new Result(job, listings, summary.path("rules").asInt(), label, wall,
        summary.path("wall_seconds").asDouble(), heap[0], heap[1], heap[2], rssKb / 1024.0,
        summary.path("flags").asLong(), summary.path("flagged_listings").asLong(), exit);
  }

  /**
   * Ingests the feed into a warehouse in {@code dir} with {@code bin/marketsweep ingest} (the
   * listings written as the product writes them: Parquet, one file per part of the feed) and
   * returns the snapshot's folder of Parquet files.
   */
  private Path ingest(Path dir, Path feed) throws IOException, InterruptedException {
    Path warehouse = dir.resolve("warehouse");
    Path log = dir.resolve("ingest.log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(options.launcher().toString(), "ingest", "--source",
        feed.toString(), "--marketplace", MARKETPLACE, "--date", SCAN_DATE, "--warehouse",
        warehouse.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException("ingest of " + feed + " for the Parquet scan failed (exit " + exit
          + "); its last output:\n" + tail(log));
    }
    Path snapshot = warehouse.resolve("listings/snapshot_date=" + SCAN_DATE + "/marketplace="
        + MARKETPLACE);
    progress.accept(String.format(Locale.ROOT, "%s: feed ingested as Parquet (%,d MB) in %.1f"
        + " s", PARQUET_SCAN, size(snapshot) >> 20, (System.nanoTime() - start) / 1e9));
    return snapshot;
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      long bytes = 0;
      for (Path f : files.toList()) {
        bytes += Files.size(f);
      }
      return bytes;
    }
  }

  private static JsonNode summary(Path out) throws IOException {
    Path file = out.resolve("runs/scan_date=" + SCAN_DATE + "/summary.json");
    return Files.exists(file) ? new ObjectMapper().readTree(file.toFile())
        : new ObjectMapper().createObjectNode();
  }

  /**
   * From a GC log: the largest heap occupancy before a GC, after a young or full GC, and the
   * largest heap size.
   */
  static double[] heapMb(Path gcLog) throws IOException {
    double peak = 0;
    double afterGc = 0;
    double max = 0;
    if (!Files.exists(gcLog)) {
      return new double[] {0, 0, 0};
    }
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = GC_HEAP.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, mb(m.group(1), m.group(2)));
        max = Math.max(max, mb(m.group(5), m.group(6)));
        if (line.contains("Pause Young") || line.contains("Pause Full")) {
          afterGc = Math.max(afterGc, mb(m.group(3), m.group(4)));
        }
      }
    }
    return new double[] {peak, afterGc, max};
  }

  private static double mb(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }

  private static long highWaterKb(long pid) {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    try {
      Matcher m = HIGH_WATER.matcher(Files.readString(status));
      return m.find() ? Long.parseLong(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
