package org.marketsweep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.analysis.WordChain;
import org.marketsweep.analysis.WordCodes;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.ListingText;
import org.marketsweep.match.MatcherEngine;

/**
 * Measures, side by side in one run, for every rule count × corpus size × thread count:
 * analysis alone (the listing analysis chain the engines use, obfuscation readers included,
 * over every token: the floor of a matcher that runs the chain as Lucene does), the same chain
 * read word by word as the fast matcher reads it (its own floor), the fast matcher over the
 * whole corpus, and the oracle (Lucene Monitor) over a deterministic sample of it; and checks
 * that the fast matcher returns exactly the oracle's (listing, rule) matches and matched terms
 * on that sample.
 */
public final class MatcherBenchmark {
  /**
   * What to measure.
   *
   * @param oracleSample at most this many listings of each corpus are matched by the oracle
   * @param warmup listings each engine matches before it is measured
   */
  public record Options(List<Long> sizes, List<Integer> ruleCounts, List<Integer> threads,
      long seed, int oracleSample, int warmup) {
    public Options {
      sizes = List.copyOf(sizes);
      ruleCounts = List.copyOf(ruleCounts);
      threads = List.copyOf(threads);
      if (sizes.isEmpty() || ruleCounts.isEmpty() || threads.isEmpty()) {
        throw new IllegalArgumentException("Sizes, rule counts and thread counts are needed");
      }
      if (sizes.stream().anyMatch(n -> n < 1) || threads.stream().anyMatch(t -> t < 1)
          || oracleSample < 1) {
        throw new IllegalArgumentException("Sizes, threads and the oracle sample must be"
            + " positive: " + sizes + ", " + threads + ", " + oracleSample);
      }
    }
  }

  /** The engine measured and the oracle it must agree with, each built from a rule set. */
  public record Engines(Function<List<Rule>, ListingMatcher> fast,
      Function<List<Rule>, ListingMatcher> oracle) {
    /** {@link org.marketsweep.match.FastMatcher} against Lucene Monitor. */
    public static Engines standard() {
      return new Engines(rules -> MatcherEngine.FAST.build(rules).matcher(),
          rules -> MatcherEngine.MONITOR.build(rules).matcher());
    }
  }

  private final BenchCorpus corpus;
  private final RuleSets ruleSets;
  private final Engines engines;
  private final Options options;
  private final Consumer<String> progress;
  private final ListingAnalyzers analyzers = new ListingAnalyzers();
  private final List<String> differences = new ArrayList<>();
  private final ThreadLocal<Map<WordChain, WordReader>> wordReaders =
      ThreadLocal.withInitial(IdentityHashMap::new);

  public MatcherBenchmark(BenchCorpus corpus, RuleSets ruleSets, Engines engines,
      Options options, Consumer<String> progress) {
    this.corpus = corpus;
    this.ruleSets = ruleSets;
    this.engines = engines;
    this.options = options;
    this.progress = progress;
  }

  /** One row per rule count × size × thread count, in that order. */
  public List<BenchRow> run() {
    List<BenchRow> rows = new ArrayList<>();
    for (int ruleCount : options.ruleCounts()) {
      rows.addAll(runRules(ruleCount));
    }
    return rows;
  }

  /**
   * The fast matcher with the two largest rule counts, side by side ({@link RuleScaling}), per
   * thread count, on the largest corpus size up to 100,000 listings; none with fewer than two
   * rule counts.
   */
  public List<RuleScaling> scaling() {
    List<Integer> counts = options.ruleCounts().stream().distinct().sorted().toList();
    List<RuleScaling> out = new ArrayList<>();
    if (counts.size() < 2) {
      return out;
    }
    int fewer = counts.get(counts.size() - 2);
    int more = counts.get(counts.size() - 1);
    long size = options.sizes().stream().filter(s -> s <= 100_000).max(Long::compare)
        .orElse(options.sizes().stream().min(Long::compare).orElseThrow());
    try (ListingMatcher small = engines.fast().apply(ruleSets.rules(fewer, options.seed()));
        ListingMatcher large = engines.fast().apply(ruleSets.rules(more, options.seed()))) {
      warmUp(small, options.warmup());
      warmUp(large, options.warmup());
      for (int threads : options.threads()) {
        List<Throughput> alternated = Throughput.alternate(threads, size, chunk(size),
            List.of(i -> small.match(corpus.listing(i).text()),
                i -> large.match(corpus.listing(i).text())));
        RuleScaling s = new RuleScaling(fewer, more, size, threads,
            alternated.get(0).perCore(), alternated.get(1).perCore());
        progress.accept(String.format(Locale.ROOT, "side by side, %,d listings × %d thread%s:"
            + " fast with %,d rules %,.0f, with %,d rules %,.0f listings/s per core (%+.0f%%)",
            size, threads, threads == 1 ? "" : "s", fewer, s.fewerPerCore(), more,
            s.morePerCore(), 100 * s.change()));
        out.add(s);
      }
    }
    return out;
  }

  /** The first differences found (listing, oracle's and engine's matches), for the report. */
  public List<String> differences() {
    return List.copyOf(differences);
  }

  private List<BenchRow> runRules(int ruleCount) {
    List<Rule> rules = ruleSets.rules(ruleCount, options.seed());
    long baseline = usedHeapAfterGc();
    long start = System.nanoTime();
    try (ListingMatcher fast = engines.fast().apply(rules)) {
      double fastBuild = (System.nanoTime() - start) / 1e9;
      warmUp(fast, options.warmup());
      long fastHeap = usedHeapAfterGc() - baseline;
      start = System.nanoTime();
      try (ListingMatcher oracle = engines.oracle().apply(rules)) {
        double oracleBuild = (System.nanoTime() - start) / 1e9;
        warmUp(oracle, Math.min(options.warmup(), 50));
        long oracleHeap = usedHeapAfterGc() - baseline - fastHeap;
        progress.accept(String.format("rules %,d: fast matcher built in %.1f s (%d rules),"
            + " monitor in %.1f s (%d rules)", ruleCount, fastBuild, fast.ruleCount(),
            oracleBuild, oracle.ruleCount()));
        Throughput.measure(1, options.warmup(), i -> i, this::analyse);
        Throughput.measure(1, options.warmup(), i -> i, this::analyseByWords);
        List<BenchRow> rows = new ArrayList<>();
        for (long size : options.sizes()) {
          rows.addAll(runSize(rules.size(), size, fast, oracle,
              new double[] {fastBuild, oracleBuild, mb(fastHeap), mb(oracleHeap)}));
        }
        return rows;
      }
    }
  }

  private List<BenchRow> runSize(int ruleCount, long size, ListingMatcher fast,
      ListingMatcher oracle, double[] build) {
    long[] sample = sample(size, options.oracleSample());
    List<BenchRow> rows = new ArrayList<>();
    MatchRecorder expected = null;
    Long checksum = null;
    for (int threads : options.threads()) {
      MatchRecorder fastFound = new MatchRecorder(sample);
      // analysis and the fast matcher alternate chunk by chunk: their ratio is side by side
      List<Throughput> alternated = Throughput.alternate(threads, size, chunk(size),
          List.of(this::analyse, this::analyseByWords, i -> match(fast, i, fastFound)));
      Throughput analysis = alternated.get(0);
      Throughput words = alternated.get(1);
      Throughput fastRun = alternated.get(2);
      MatchRecorder oracleFound = new MatchRecorder(sample);
      Throughput oracleRun = Throughput.measure(threads, sample.length, j -> sample[(int) j],
          i -> match(oracle, i, oracleFound));
      if (expected == null) {
        expected = oracleFound;
      }
      long mismatches = compare(sample, expected, fastFound, "fast", ruleCount, threads)
          + (oracleFound == expected ? 0
          : compare(sample, expected, oracleFound, "oracle", ruleCount, threads));
      if (checksum != null && checksum != fastFound.checksum()) {
        mismatches++;
        note(String.format("rules %d, listings %d: the fast matcher's matches on %d threads"
            + " differ from its matches on %d", ruleCount, size, threads,
            options.threads().get(0)));
      }
      checksum = fastFound.checksum();
      BenchRow row = new BenchRow(ruleCount, size, threads, analysis.perCore(),
          words.perCore(), fastRun.perCore(), oracleRun.perCore(), analysis.perSecond(), fastRun.perSecond(),
          oracleRun.perSecond(), build[2], build[3], build[0], build[1], sample.length,
          expected.sampledMatches(), mismatches, 1000.0 * fastFound.matches() / size,
          fastFound.flaggedPct(BenchListing.Kind.ILLICIT),
          fastFound.flaggedPct(BenchListing.Kind.LAWFUL));
      progress.accept(BenchReport.progressLine(row));
      rows.add(row);
    }
    return rows;
  }

  private void match(ListingMatcher matcher, long index, MatchRecorder recorder) {
    BenchListing listing = corpus.listing(index);
    recorder.record(index, listing.kind(), matcher.match(listing.text()));
  }

  /** Sampled listings whose matches differ from the oracle's. */
  private long compare(long[] sample, MatchRecorder expected, MatchRecorder actual,
      String engine, int ruleCount, int threads) {
    long different = 0;
    for (int i = 0; i < sample.length; i++) {
      Map<String, List<String>> want = expected.sampled(i);
      Map<String, List<String>> got = actual.sampled(i);
      if (!want.equals(got)) {
        different++;
        note(String.format("rules %d, %d threads, listing %d (%s): oracle %s, %s %s",
            ruleCount, threads, sample[i], corpus.listing(sample[i]).text().title(), want,
            engine, got));
      }
    }
    return different;
  }

  private void note(String difference) {
    if (differences.size() < 20) {
      differences.add(difference);
    }
  }

  /** Listings per chunk when analysis and the fast matcher alternate: 10 to 100 chunks. */
  static long chunk(long size) {
    return Math.max(1_000, (size + 99) / 100);
  }

  /** {@code count} listing indices spread evenly over {@code 0 … size - 1}. */
  static long[] sample(long size, int count) {
    int k = (int) Math.min(size, count);
    long[] sample = new long[k];
    for (int j = 0; j < k; j++) {
      sample[j] = j * size / k;
    }
    return sample;
  }

  private void warmUp(ListingMatcher matcher, int listings) {
    Throughput.measure(1, listings, i -> i, i -> matcher.match(corpus.listing(i).text()));
  }

  /** Runs the listing analysis chain over one listing, reading what the matchers read. */
  private void analyse(long index) {
    ListingText l = corpus.listing(index).text();
    try (TokenStream ts = analyzers.listingAnalyzer(l.language())
        .tokenStream(ListingAnalyzers.FIELD, l.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      long sum = 0;
      while (ts.incrementToken()) {
        sum += term.length() + increment.getPositionIncrement() + offset.startOffset();
      }
      ts.end();
      if (sum < 0) {
        throw new IllegalStateException("negative token sum");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse listing " + index, e);
    }
  }

  /**
   * Runs the same chain over one listing word by word, as the fast matcher reads it: the head
   * over the text, and the tail only for words this thread has not met (what it made of the
   * others is kept: here, how many terms and their length).
   */
  private void analyseByWords(long index) {
    ListingText l = corpus.listing(index).text();
    WordChain chain = analyzers.listingWordChain(l.language());
    WordReader reader = wordReaders.get().computeIfAbsent(chain, WordReader::new);
    try (TokenStream ts = chain.head().tokenStream(ListingAnalyzers.FIELD, l.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      long sum = 0;
      while (ts.incrementToken()) {
        sum += reader.read(term.buffer(), term.length()) + increment.getPositionIncrement()
            + offset.startOffset();
      }
      ts.end();
      if (sum < 0) {
        throw new IllegalStateException("negative token sum");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse listing " + index, e);
    }
  }

  /** One thread's tail of a word chain, with what it made of each word met. */
  private static final class WordReader implements WordChain.Terms {
    private final WordChain.Tail tail;
    private final WordCodes kept = new WordCodes(1 << 15);
    private final int[] made = new int[1];

    WordReader(WordChain chain) {
      this.tail = chain.tail(null);
    }

    /** The total length of the terms the tail makes of the word. */
    int read(char[] word, int length) {
      if (!kept.find(word, length)) {
        made[0] = 0;
        tail.analyse(word, length, this);
        kept.put(word, length, made, 1);
      }
      return kept.codes()[kept.offset()];
    }

    @Override
    public void term(char[] term, int length) {
      made[0] += length;
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return Math.max(0, bytes) / (1024.0 * 1024.0);
  }
}
