package org.marketsweep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/**
 * One benchmark run, as {@code marketsweep bench} does it: the matcher table (analysis only,
 * Lucene Monitor, fast matcher; every rule count × corpus size × thread count, with the
 * equality check against Monitor), then the end-to-end scans, then both as CSV and the targets
 * met or missed.
 */
public final class Bench {
  /**
   * Everything a run needs.
   *
   * @param lists the keyword lists (rule sets and illicit examples are made from them)
   * @param csv the matcher table's CSV; the scans go next to it ({@code <name>-scan.csv})
   * @param scanSizes corpus sizes to scan end to end; empty for none
   * @param scanRuleCounts rule counts of the rule sets (made as the matcher table's are) the
   *     largest scan size is scanned with again, after the shipped lists; empty for none
   * @param nightlySizes corpus sizes to run the nightly job on; empty for none
   * @param scan how to run the scans and nightly jobs
   */
  public record Settings(Path lists, MatcherBenchmark.Options matcher, double illicitShare,
      Path csv, List<Long> scanSizes, List<Integer> scanRuleCounts, List<Long> nightlySizes,
      ScanBenchmark.Options scan) {
    public Settings {
      scanSizes = List.copyOf(scanSizes);
      scanRuleCounts = List.copyOf(scanRuleCounts);
      nightlySizes = List.copyOf(nightlySizes);
    }
  }

  /** What a run measured, and its exit code: 1 when any match differed or a scan failed. */
  public record Outcome(List<BenchRow> rows, List<ScanBenchmark.Result> scans,
      List<String> differences, int exitCode) {}

  /** Lawful offers a generated rule may match no more of than its template (see RuleSets). */
  static final int LAWFUL_SAMPLE = 5_000;

  private Bench() {}

  public static Outcome run(Settings settings, MatcherBenchmark.Engines engines,
      PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    List<Rule> shipped = shippedRules(settings.lists());
    BenchCorpus corpus = BenchCorpus.create(shipped, settings.matcher().seed(),
        settings.illicitShare());
    java.util.function.Consumer<String> progress = line -> {
      err.println(line);
      err.flush();
    };
    MatcherBenchmark.Options o = settings.matcher();
    progress.accept(String.format(Locale.ROOT, "%,d shipped rules; %d cores; max heap %,d MB;"
        + " Java %s; sizes %s, rules %s, threads %s, oracle sample %d, seed %d, illicit share"
        + " %s; scans %s, then %s with rule sets of %s; nightly %s", shipped.size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), o.sizes(), o.ruleCounts(), o.threads(),
        o.oracleSample(), o.seed(), settings.illicitShare(), settings.scanSizes(),
        largestScan(settings), settings.scanRuleCounts(), settings.nightlySizes()));
    RuleSets ruleSets = RuleSets.of(shipped, corpus.lawfulSample(LAWFUL_SAMPLE));
    MatcherBenchmark matcher = new MatcherBenchmark(corpus, ruleSets, engines,
        settings.matcher(), progress);
    List<BenchRow> rows = matcher.run();
    List<RuleScaling> scaling = matcher.scaling();
    List<ScanBenchmark.Result> scans = new ArrayList<>();
    ScanBenchmark scan = new ScanBenchmark(corpus, settings.scan(), progress);
    for (long size : settings.scanSizes()) {
      scans.add(timed(scan, ScanBenchmark.SCAN, size, progress));
    }
    if (!settings.scanSizes().isEmpty()) {
      scans.add(timed(scan, ScanBenchmark.PARQUET_SCAN, largestScan(settings), progress));
      for (int count : settings.scanRuleCounts()) {
        ScanBenchmark.Result r = scan.scan(largestScan(settings),
            ruleSets.rules(count, o.seed()));
        progress(r, progress);
        scans.add(r);
      }
    }
    for (long size : settings.nightlySizes()) {
      scans.add(timed(scan, ScanBenchmark.NIGHTLY, size, progress));
    }
    print(out, rows, scaling, scans, matcher.differences());
    BenchReport.writeMatcherCsv(settings.csv(), rows);
    if (!scans.isEmpty()) {
      BenchReport.writeScanCsv(scanCsv(settings.csv()), scans);
    }
    out.println("CSV: " + settings.csv() + (scans.isEmpty() ? "" : ", " + scanCsv(settings.csv())));
    out.flush();
    boolean failed = rows.stream().anyMatch(r -> r.mismatches() > 0)
        || scans.stream().anyMatch(s -> s.exitCode() != 0);
    return new Outcome(rows, scans, matcher.differences(), failed ? 1 : 0);
  }

  private static ScanBenchmark.Result timed(ScanBenchmark scan, String job, long size,
      java.util.function.Consumer<String> progress) throws IOException, InterruptedException {
    ScanBenchmark.Result r = scan.run(job, size);
    progress(r, progress);
    return r;
  }

  private static void progress(ScanBenchmark.Result r,
      java.util.function.Consumer<String> progress) {
    progress.accept(String.format(Locale.ROOT, "%s of %,d listings with %,d rules (%s): %.1f s"
        + " wall, %,.0f listings/s, peak heap %,.0f MB, exit %d", r.job(), r.listings(),
        r.rules(), r.lists(), r.wallSeconds(), r.listingsPerSecond(), r.peakHeapMb(),
        r.exitCode()));
  }

  private static long largestScan(Settings settings) {
    return settings.scanSizes().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** {@code bench.csv} → {@code bench-scan.csv}. */
  static Path scanCsv(Path csv) {
    String name = csv.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String scan = (dot > 0 ? name.substring(0, dot) : name) + "-scan"
        + (dot > 0 ? name.substring(dot) : ".csv");
    return csv.resolveSibling(scan);
  }

  private static List<Rule> shippedRules(Path lists) {
    KeywordLists.Loaded loaded = KeywordLists.load(lists);
    if (!loaded.problems().isEmpty()) {
      throw new IllegalArgumentException("The lists in " + lists + " have problems (run"
          + " marketsweep lists check): " + loaded.problems().get(0));
    }
    return loaded.rules();
  }

  private static void print(PrintWriter out, List<BenchRow> rows, List<RuleScaling> scaling,
      List<ScanBenchmark.Result> scans, List<String> differences) {
    out.println();
    out.println("Listings per second per core (CPU time of the working threads); \"fast all"
        + " threads\" is listings per second of wall time.");
    out.println(BenchReport.matcherTable(rows));
    if (!scaling.isEmpty()) {
      out.println("FastMatcher with fewer and more rules, side by side (both built, alternating"
          + " chunk by chunk):");
      out.println(BenchReport.scalingTable(scaling));
    }
    if (!scans.isEmpty()) {
      out.println("End-to-end scan (bin/marketsweep scan, JSONL in, Parquet out, languages"
          + " detected) with the shipped lists; the largest feed again with Parquet in (ingested"
          + " first, not timed), then with rule sets made from them as above, written as lists:");
      out.println(BenchReport.scanTable(scans));
    }
    if (!differences.isEmpty()) {
      out.println("Differences (first " + differences.size() + "):");
      differences.forEach(d -> out.println("  " + d));
      out.println();
    }
    out.println("Targets:");
    Targets.check(rows, scaling, scans).forEach(t -> out.println("  " + t));
  }
}
