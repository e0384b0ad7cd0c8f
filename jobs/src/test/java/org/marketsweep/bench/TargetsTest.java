package org.marketsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets' lines say which way throughput went from 1,000 to 10,000 rules. */
class TargetsTest {

  private static BenchRow row(int rules, int threads, double fastPerCore) {
    return row(rules, threads, 40_000, fastPerCore);
  }

  private static BenchRow row(int rules, int threads, double analysisPerCore,
      double fastPerCore) {
    return new BenchRow(rules, 10_000, threads, analysisPerCore, analysisPerCore, fastPerCore,
        100, analysisPerCore, fastPerCore, 100, 10, 10, 1, 1, 100, 5, 0, 1.0, 50, 0.5);
  }

  private static String fallLine(List<BenchRow> rows) {
    return fallLine(rows, List.of());
  }

  private static String fallLine(List<BenchRow> rows, List<RuleScaling> scaling) {
    return Targets.check(rows, scaling, List.of()).stream().filter(l -> l.contains("1/3"))
        .findFirst().orElseThrow();
  }

  @Test
  void aFallAndARiseAreBothShownWithTheirSign() {
    String line = fallLine(List.of(row(1_000, 1, 30_000), row(1_000, 2, 20_000),
        row(10_000, 1, 21_000), row(10_000, 2, 21_000)));
    assertTrue(line.startsWith("met "), line);
    assertTrue(line.endsWith("changes row by row -30% to +5% (against analysis alongside: -30% to +5%)"),
        line);
  }

  @Test
  void aFallOfMoreThanAThirdIsMissed() {
    String line = fallLine(List.of(row(1_000, 1, 30_000), row(10_000, 1, 19_000)));
    assertTrue(line.startsWith("MISSED "), line);
    assertTrue(line.endsWith("changes row by row -37% to -37% (against analysis alongside: -37% to -37%)"),
        line);
  }

  @Test
  void theHostsDriftBetweenTwoRowsIsTakenOutAgainstAnalysis() {
    // the host ran 20% slower during the 10,000-rule row: analysis alone shows it
    String line = fallLine(List.of(row(1_000, 1, 40_000, 30_000),
        row(10_000, 1, 32_000, 18_000)));
    assertTrue(line.startsWith("MISSED "), line);
    assertTrue(line.endsWith("changes row by row -40% to -40% (against analysis alongside: -25% to -25%)"),
        line);
  }

  @Test
  void theVerdictIsOnTheTwoRuleCountsMeasuredSideBySide() {
    List<BenchRow> rows = List.of(row(1_000, 1, 40_000, 30_000), row(10_000, 1, 32_000, 18_000));
    String met = fallLine(rows, List.of(new RuleScaling(1_000, 10_000, 100_000, 1, 40_000,
        30_000), new RuleScaling(1_000, 10_000, 100_000, 2, 40_000, 28_000)));
    assertTrue(met.startsWith("met "), met);
    assertTrue(met.endsWith("changes by -30% to -25% side by side; row by row -40% to -40%"
        + " (against analysis alongside: -25% to -25%)"), met);
    String missed = fallLine(List.of(), List.of(new RuleScaling(1_000, 10_000, 100_000, 1,
        30_000, 19_000)));
    assertTrue(missed.startsWith("MISSED "), missed);
    assertTrue(missed.endsWith("changes by -37% to -37% side by side"), missed);
  }

  private static ScanBenchmark.Result scan(long listings, int rules, String lists,
      double wallSeconds) {
    return new ScanBenchmark.Result(ScanBenchmark.SCAN, listings, rules, lists, wallSeconds,
        wallSeconds - 8, 900, 300, 2048, 1500, 100, 90, 0);
  }

  private static List<String> scanLines(List<ScanBenchmark.Result> scans) {
    return Targets.check(List.of(), List.of(), scans);
  }

  @Test
  void theScanTargetsAreOnTheShippedListsAndTheFallOnTheRuleSets() {
    List<String> lines = scanLines(List.of(
        scan(100_000, 4_081, ScanBenchmark.SHIPPED, 25),
        scan(1_000_000, 4_081, ScanBenchmark.SHIPPED, 58),
        scan(1_000_000, 1_000, ScanBenchmark.GENERATED, 50),
        scan(1_000_000, 10_000, ScanBenchmark.GENERATED, 70)));
    assertTrue(lines.contains("met     scan of 1,000,000 listings ≤ 60 s wall: 58.0 s (17,241"
        + " listings/s)"), lines.toString());
    assertTrue(lines.contains("MISSED  scan throughput flat ±20% from 100,000 to 1,000,000"
        + " listings (wall time, start-up included): 4,000 → 17,241 listings/s (+331%)"),
        lines.toString());
    assertTrue(lines.contains("met     scan throughput of 1,000,000 listings falls by < 1/3"
        + " from 1,000 to 10,000 rules: 20,000 → 14,286 listings/s (-29%)"), lines.toString());
  }

  @Test
  void aScanFallOfMoreThanAThirdIsMissed() {
    List<String> lines = scanLines(List.of(
        scan(1_000_000, 4_081, ScanBenchmark.SHIPPED, 58),
        scan(1_000_000, 10_000, ScanBenchmark.GENERATED, 80),
        scan(1_000_000, 1_000, ScanBenchmark.GENERATED, 50)));
    assertTrue(lines.contains("MISSED  scan throughput of 1,000,000 listings falls by < 1/3"
        + " from 1,000 to 10,000 rules: 20,000 → 12,500 listings/s (-37%)"), lines.toString());
    assertEquals(1, lines.stream().filter(l -> l.contains("≤ 60 s")).count(), lines.toString());
  }

  @Test
  void linearCostIsJudgedOnTheTimeEachSizeAdds() {
    // 15 s of fixed cost, then 40,000 listings/s: linear, though throughput grows with N
    List<String> lines = scanLines(List.of(
        scan(1_000_000, 4_081, ScanBenchmark.SHIPPED, 40),
        scan(100_000, 4_081, ScanBenchmark.SHIPPED, 17.5),
        scan(550_000, 4_081, ScanBenchmark.SHIPPED, 28.75)));
    assertTrue(lines.contains("met     scan cost linear in N (listings/s of the wall time each"
        + " size adds flat ±20%): 100k → 550k 40,000, 550k → 1M 40,000 listings/s (+0%);"
        + " fixed cost of a run about 15.0 s"), lines.toString());
    // the second half costs twice as much per listing as the first
    List<String> slower = scanLines(List.of(scan(100_000, 4_081, ScanBenchmark.SHIPPED, 17.5),
        scan(550_000, 4_081, ScanBenchmark.SHIPPED, 28.75),
        scan(1_000_000, 4_081, ScanBenchmark.SHIPPED, 51.25)));
    assertTrue(slower.contains("MISSED  scan cost linear in N (listings/s of the wall time each"
        + " size adds flat ±20%): 100k → 550k 40,000, 550k → 1M 20,000 listings/s (-50%);"
        + " fixed cost of a run about 15.0 s"), slower.toString());
    // two sizes cannot tell a straight line from a curve
    assertTrue(scanLines(List.of(scan(100_000, 4_081, ScanBenchmark.SHIPPED, 17.5),
        scan(1_000_000, 4_081, ScanBenchmark.SHIPPED, 40))).stream()
        .noneMatch(l -> l.contains("linear")));
  }

  @Test
  void theMatcherTargetsAreJudgedAtTenThousandRulesOnly() {
    List<String> at1k = Targets.check(List.of(row(1_000, 1, 40_000, 30_000)), List.of(),
        List.of());
    assertTrue(at1k.stream().noneMatch(l -> l.contains("× analysis only")
        || l.contains("Lucene Monitor")), at1k.toString());
    List<String> at10k = Targets.check(List.of(row(1_000, 1, 40_000, 30_000),
        row(10_000, 1, 40_000, 20_000)), List.of(), List.of());
    assertTrue(at10k.contains("MISSED  FastMatcher at 10,000 rules ≥ 0.6 × analysis only (per"
        + " core): 0.50–0.50"), at10k.toString());
  }
}
