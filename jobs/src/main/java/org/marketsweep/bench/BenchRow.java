package org.marketsweep.bench;

import java.util.List;

/**
 * One measured cell of the benchmark: a rule count, a corpus size and a thread count.
 * Throughputs are listings per second; "per core" divides by the CPU time the working threads
 * used, "per second" by wall time.
 *
 * @param analysisPerCore the listing analysis chain alone, run over every token
 * @param wordsPerCore the same chain alone read word by word, as the fast matcher reads it: the
 *     end of the chain once per distinct word a thread meets
 * @param oracleSample listings the oracle (Lucene Monitor) matched and the engines were
 *     compared on: a deterministic sample spread over the corpus
 * @param oracleMatches (listing, rule) matches the oracle found on the sample
 * @param mismatches sampled listings on which an engine's matches (rules and matched terms)
 *     differ from the oracle's, plus runs whose matches over the whole corpus differ between
 *     thread counts
 * @param matchesPer1k (listing, rule) matches of the measured engine per 1,000 listings
 * @param flaggedIllicitPct share of the illicit listings the engine flagged
 * @param flaggedLawfulPct share of the lawful listings (not near misses) it flagged
 */
public record BenchRow(
    int rules,
    long listings,
    int threads,
    double analysisPerCore,
    double wordsPerCore,
    double fastPerCore,
    double monitorPerCore,
    double analysisPerSecond,
    double fastPerSecond,
    double monitorPerSecond,
    double fastHeapMb,
    double monitorHeapMb,
    double fastBuildSeconds,
    double monitorBuildSeconds,
    int oracleSample,
    long oracleMatches,
    long mismatches,
    double matchesPer1k,
    double flaggedIllicitPct,
    double flaggedLawfulPct) {

  static final List<String> HEADER = List.of("rules", "listings", "threads",
      "analysis_per_core", "words_per_core", "fast_per_core", "monitor_per_core", "analysis_per_s", "fast_per_s",
      "monitor_per_s", "fast_vs_analysis", "fast_vs_words", "fast_vs_monitor", "fast_heap_mb", "monitor_heap_mb",
      "fast_build_s", "monitor_build_s", "oracle_sample", "oracle_matches", "mismatches",
      "matches_per_1k", "flagged_illicit_pct", "flagged_lawful_pct");

  /** Fast matcher throughput as a share of analysis alone (per core). */
  public double fastVsAnalysis() {
    return fastPerCore / analysisPerCore;
  }

  /** Fast matcher throughput as a share of analysis read word by word (per core). */
  public double fastVsWords() {
    return fastPerCore / wordsPerCore;
  }

  /** How many times faster than Lucene Monitor (per core). */
  public double fastVsMonitor() {
    return fastPerCore / monitorPerCore;
  }

  List<Object> values() {
    return List.of(rules, listings, threads, round(analysisPerCore, 0), round(wordsPerCore, 0),
        round(fastPerCore, 0), round(monitorPerCore, 1), round(analysisPerSecond, 0),
        round(fastPerSecond, 0), round(monitorPerSecond, 1), round(fastVsAnalysis(), 3),
        round(fastVsWords(), 3), round(fastVsMonitor(), 1),
        round(fastHeapMb, 1), round(monitorHeapMb, 1), round(fastBuildSeconds, 1),
        round(monitorBuildSeconds, 1), oracleSample, oracleMatches, mismatches,
        round(matchesPer1k, 2), round(flaggedIllicitPct, 1), round(flaggedLawfulPct, 3));
  }

  static String round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals,
        java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
