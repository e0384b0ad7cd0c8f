package org.marketsweep.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Renders benchmark results: progress lines, the printed tables and the CSV file. */
public final class BenchReport {
  private BenchReport() {}

  static String progressLine(BenchRow r) {
    return String.format(Locale.ROOT, "rules %,d × listings %,d × %d thread%s: analysis %,.0f,"
            + " word by word %,.0f, fast %,.0f, monitor %,.1f listings/s per core;"
            + " fast ÷ analysis %.2f, fast ÷ word by word %.2f, fast ÷ monitor %,.0f×;"
            + " %d mismatches on %,d sampled listings", r.rules(), r.listings(), r.threads(),
        r.threads() == 1 ? "" : "s", r.analysisPerCore(), r.wordsPerCore(), r.fastPerCore(),
        r.monitorPerCore(), r.fastVsAnalysis(), r.fastVsWords(), r.fastVsMonitor(),
        r.mismatches(), r.oracleSample());
  }

  /** The matcher table (Markdown), listings per second per core. */
  public static String matcherTable(List<BenchRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| rules | listings | threads | analysis only | analysis word by word | Monitor"
        + " | FastMatcher | fast ÷ analysis | fast ÷ word by word | fast ÷ Monitor"
        + " | fast all threads | heap fast / Monitor (MB) | oracle sample | mismatches |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (BenchRow r : rows) {
      out.append(String.format(Locale.ROOT,
          "| %,d | %,d | %d | %,.0f | %,.0f | %,.1f | %,.0f | %.2f | %.2f | %,.0f× | %,.0f"
              + " | %,.0f / %,.0f | %,d | %d |%n", r.rules(), r.listings(), r.threads(),
          r.analysisPerCore(), r.wordsPerCore(), r.monitorPerCore(), r.fastPerCore(),
          r.fastVsAnalysis(), r.fastVsWords(), r.fastVsMonitor(), r.fastPerSecond(),
          r.fastHeapMb(), r.monitorHeapMb(), r.oracleSample(), r.mismatches()));
    }
    return out.toString();
  }

  /** The side-by-side rule-count table (Markdown), listings per second per core. */
  static String scalingTable(List<RuleScaling> scaling) {
    StringBuilder out = new StringBuilder();
    out.append("| listings | threads | rules | FastMatcher | rules | FastMatcher | change |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RuleScaling s : scaling) {
      out.append(String.format(Locale.ROOT, "| %,d | %d | %,d | %,.0f | %,d | %,.0f | %+.0f%% |%n",
          s.listings(), s.threads(), s.fewer(), s.fewerPerCore(), s.more(), s.morePerCore(),
          100 * s.change()));
    }
    return out.toString();
  }

  /** The end-to-end scan table (Markdown). */
  public static String scanTable(List<ScanBenchmark.Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| job | listings | rules | lists | wall time | listings/s | scan job time | heap:"
        + " peak / after GC / limit | peak RSS | flags | exit |\n");
    out.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ScanBenchmark.Result r : results) {
      out.append(String.format(Locale.ROOT,
          "| %s | %,d | %,d | %s | %.1f s | %,.0f | %.1f s | %,.0f / %,.0f / %,.0f MB | %,.0f MB"
              + " | %,d | %d |%n", r.job(), r.listings(), r.rules(), r.lists(), r.wallSeconds(),
          r.listingsPerSecond(), r.jobSeconds(), r.peakHeapMb(), r.afterGcHeapMb(),
          r.maxHeapMb(), r.peakRssMb(), r.flags(), r.exitCode()));
    }
    return out.toString();
  }

  /** Writes the matcher rows as CSV, with a header row. */
  public static void writeMatcherCsv(Path file, List<BenchRow> rows) throws IOException {
    writeCsv(file, BenchRow.HEADER, rows.stream().map(BenchRow::values).toList());
  }

  /** Writes the scan rows as CSV, with a header row. */
  public static void writeScanCsv(Path file, List<ScanBenchmark.Result> scans)
      throws IOException {
    writeCsv(file, ScanBenchmark.Result.HEADER,
        scans.stream().map(ScanBenchmark.Result::values).toList());
  }

  private static void writeCsv(Path file, List<String> header, List<List<Object>> rows)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      csv.printRecord(header);
      for (List<Object> row : rows) {
        csv.printRecord(row);
      }
    }
  }
}
