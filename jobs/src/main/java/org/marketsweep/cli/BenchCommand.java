package org.marketsweep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marketsweep.bench.Bench;
import org.marketsweep.bench.MatcherBenchmark;
import org.marketsweep.bench.ScanBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marketsweep bench}: throughput of analysis alone, Lucene Monitor and the fast matcher
 * for several rule counts, corpus sizes and thread counts, with a check that both engines
 * return the same matches; then the end-to-end scan. Exit 1 if any match differs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure matching throughput (analysis only, Lucene Monitor, fast matcher)"
        + " on a seeded corpus of real product text with illicit listings, check that both"
        + " engines return the same matches, and time the end-to-end scan. Exit code 1 if"
        + " any match differs or a scan fails.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", converter = CountConverter.class,
      defaultValue = "10k,100k,1M", paramLabel = "N,…",
      description = "Corpus sizes (listings) of the matcher table. Default: ${DEFAULT-VALUE}.")
  List<Long> sizes;

  @Option(names = "--rules", split = ",", converter = CountConverter.class,
      defaultValue = "100,1k,10k", paramLabel = "R,…",
      description = "Rule counts: a sample of the shipped rules, or all of them and generated"
          + " ones. Default: ${DEFAULT-VALUE}.")
  List<Long> rules;

  @Option(names = "--threads", split = ",", paramLabel = "T,…",
      description = "Thread counts. Default: 1 and the number of cores.")
  List<Integer> threads;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus and rule"
      + " sets. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--oracle-sample", defaultValue = "2000", paramLabel = "N",
      description = "Listings of each corpus matched by Lucene Monitor and compared (spread"
          + " over the corpus). Default: ${DEFAULT-VALUE}.")
  int oracleSample;

  @Option(names = "--illicit-share", defaultValue = "0.03", paramLabel = "SHARE",
      description = "Share of illicit listings. Default: ${DEFAULT-VALUE}.")
  double illicitShare;

  @Option(names = "--csv", defaultValue = "bench.csv", paramLabel = "FILE",
      description = "Matcher table as CSV; scans go to FILE's name + -scan.csv."
          + " Default: ${DEFAULT-VALUE}.")
  Path csv;

  @Option(names = "--scan-sizes", split = ",", converter = CountConverter.class,
      defaultValue = "100k,550k,1M", paramLabel = "N,…",
      description = "Listings of the end-to-end scans; 0 for none. Default: ${DEFAULT-VALUE}.")
  List<Long> scanSizes;

  @Option(names = "--scan-rules", split = ",", converter = CountConverter.class,
      defaultValue = "1k,10k", paramLabel = "R,…",
      description = "Rule counts of rule sets (made as --rules' are, written as lists) that"
          + " the largest scan size is scanned with again, after the shipped lists; 0 for"
          + " none. Default: ${DEFAULT-VALUE}.")
  List<Long> scanRules;

  @Option(names = "--nightly-sizes", split = ",", converter = CountConverter.class,
      defaultValue = "1M", paramLabel = "N,…",
      description = "Listings of the timed nightly jobs (ingest, scan, lifecycle, metrics,"
          + " report); 0 for none. Default: ${DEFAULT-VALUE}.")
  List<Long> nightlySizes;

  @Option(names = "--scan-heap", defaultValue = "2g", paramLabel = "SIZE",
      description = "Maximum heap of the scan process. Default: ${DEFAULT-VALUE}.")
  String scanHeap;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Keyword lists; default: the bundled keyword-lists.")
  Path lists;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where scan feeds and outputs are written (and removed); default: a"
          + " temporary folder.")
  Path work;

  @Option(names = "--keep", description = "Keep the scans' feeds, outputs, GC and scan logs"
      + " in --work.")
  boolean keep;

  @Option(names = "--quick", description = "A small run for CI (about two minutes): 1,000"
      + " listings, 100 and 1,000 rules, 200 sampled, scans of 5,000 listings with the shipped"
      + " lists (JSONL and Parquet in) and with 100 and 1,000 rules, and one nightly job of"
      + " 5,000 listings. Options"
      + " given explicitly win.")
  boolean quick;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (quick) {
      applyQuickDefaults();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<Integer> threadCounts = threads != null ? threads
        : cores > 1 ? List.of(1, cores) : List.of(1);
    MatcherBenchmark.Options options = new MatcherBenchmark.Options(sizes,
        rules.stream().map(Math::toIntExact).toList(), threadCounts, seed, oracleSample,
        quick ? 300 : 20_000);
    List<Long> scans = scanSizes.stream().filter(n -> n > 0).toList();
    List<Long> nightlies = nightlySizes.stream().filter(n -> n > 0).toList();
    Path root = Paths.existing(lists == null ? Paths.defaultLists() : lists, "Lists folder");
    Path launcher = Paths.home().resolve("bin/marketsweep");
    if ((!scans.isEmpty() || !nightlies.isEmpty()) && !Files.isExecutable(launcher)) {
      throw new IllegalArgumentException("The scans need the launcher " + launcher
          + " (or --scan-sizes 0 --nightly-sizes 0)");
    }
    Path workDir = work != null ? Files.createDirectories(work)
        : Files.createTempDirectory("marketsweep-bench");
    List<Integer> scanRuleCounts = scanRules.stream().filter(n -> n > 0).map(Math::toIntExact)
        .toList();
    Bench.Settings settings = new Bench.Settings(root, options, illicitShare, csv, scans,
        scanRuleCounts, nightlies, new ScanBenchmark.Options(launcher, workDir, lists, scanHeap, keep));
    Bench.Outcome outcome = Bench.run(settings, MatcherBenchmark.Engines.standard(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    if (work == null && !keep) {
      Files.deleteIfExists(workDir);
    }
    return outcome.exitCode() == 0 ? Marketsweep.OK : Marketsweep.FAILURE;
  }

  private void applyQuickDefaults() {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (!parsed.hasMatchedOption("--sizes")) {
      sizes = List.of(1_000L);
    }
    if (!parsed.hasMatchedOption("--rules")) {
      rules = List.of(100L, 1_000L);
    }
    if (!parsed.hasMatchedOption("--oracle-sample")) {
      oracleSample = 200;
    }
    if (!parsed.hasMatchedOption("--scan-sizes")) {
      scanSizes = List.of(5_000L);
    }
    if (!parsed.hasMatchedOption("--scan-rules")) {
      scanRules = List.of(100L, 1_000L);
    }
    if (!parsed.hasMatchedOption("--nightly-sizes")) {
      nightlySizes = List.of(5_000L);
    }
  }
}
