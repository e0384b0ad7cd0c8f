package org.marketsweep.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/**
 * Single-threaded throughput, side by side (after a warm-up pass, best of {@value #ROUNDS}
 * alternated rounds): analysis alone, {@link MonitorMatcher},
 * {@link FastMatcher}, on listings made of the lists' own examples and words (title plus a
 * description of about 600 characters, language given), and whether both matchers found the
 * same (listing, rule) pairs and terms. Not a test; run with the test classpath:
 *
 * <pre>java -cp ... org.marketsweep.match.MatcherBench LISTS_DIR [LISTINGS [MONITOR_LISTINGS
 * [RULES]]]</pre>
 *
 * RULES above the lists' own count repeats rules under new ids to reach it.
 */
public final class MatcherBench {
  private static final String[] LANGUAGES = {"en", "en", "en", "fr", "de", "es", "it", "nl",
      "pl", "pt", "cs", "und"};
  /** Timed rounds of analysis and fast matching, alternated; the best of each is reported. */
  private static final int ROUNDS = 3;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private MatcherBench() {}

  public static void main(String[] args) throws IOException {
    Path lists = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int monitorN = args.length > 2 ? Integer.parseInt(args[2]) : Math.min(n, 1000);
    List<Rule> rules = KeywordLists.load(lists).rules();
    if (args.length > 3) {
      rules = repeat(rules, Integer.parseInt(args[3]));
    }
    List<ListingText> listings = listings(rules, new Random(42), n);
    double chars = listings.stream().mapToInt(l -> l.text().length()).average().orElse(0);
    System.out.printf("rules %d, listings %d (avg %.0f chars), monitor on %d%n", rules.size(),
        n, chars, monitorN);

    long t0 = System.nanoTime();
    FastMatcher.Build fastBuild = FastMatcher.build(rules);
    long t1 = System.nanoTime();
    MonitorMatcher.Build monitorBuild = MonitorMatcher.build(rules);
    long t2 = System.nanoTime();
    System.out.printf("build: fast %.1f s (%d problems, %d rules always checked),"
        + " monitor %.1f s (%d problems)%n", (t1 - t0) / 1e9, fastBuild.problems().size(),
        fastBuild.matcher().alwaysCheckedRuleCount(), (t2 - t1) / 1e9,
        monitorBuild.problems().size());
    ListingAnalyzers analyzers = new ListingAnalyzers();
    try (FastMatcher fast = fastBuild.matcher(); MonitorMatcher monitor = monitorBuild.matcher()) {
      analyse(analyzers, listings);
      listings.forEach(fast::match);
      listings.subList(0, Math.min(50, monitorN)).forEach(monitor::match);

      double analysis = 0;
      double fastRate = 0;
      List<MatchResult> fastResults = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        analysis = Math.max(analysis, rate(n, () -> analyse(analyzers, listings)));
        fastResults.clear();
        fastRate = Math.max(fastRate,
            rate(n, () -> listings.forEach(l -> fastResults.add(fast.match(l)))));
      }
      List<MatchResult> monitorResults = new ArrayList<>();
      List<ListingText> monitored = listings.subList(0, monitorN);
      double monitorRate =
          rate(monitorN, () -> monitored.forEach(l -> monitorResults.add(monitor.match(l))));

      int same = 0;
      int pairs = 0;
      int shown = 0;
      for (int i = 0; i < monitorN; i++) {
        Map<String, List<String>> expected = describe(monitorResults.get(i));
        pairs += expected.size();
        if (expected.equals(describe(fastResults.get(i)))) {
          same++;
        } else if (shown++ < 5) {
          System.out.println("DIFFERENT: " + listings.get(i) + "\n  monitor " + expected
              + "\n  fast    " + describe(fastResults.get(i)));
        }
      }
      long fastPairs = fastResults.stream().mapToLong(r -> r.matches().size()).sum();
      System.out.printf("listings per CPU second: analysis only %.0f | monitor %.1f | fast %.0f%n", analysis,
          monitorRate, fastRate);
      System.out.printf("fast/analysis %.2f, fast/monitor %.1fx%n", fastRate / analysis,
          fastRate / monitorRate);
      System.out.printf("identical results on %d of %d listings (%d matches by monitor);"
          + " fast matched %d (listing, rule) pairs on all %d listings%n", same, monitorN, pairs,
          fastPairs, n);
    }
  }

  /** Listings per second of this thread's CPU time (steadier than wall time on a busy host). */
  private static double rate(int count, Runnable run) {
    long start = THREADS.getCurrentThreadCpuTime();
    run.run();
    return count / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
  }

  private static void analyse(ListingAnalyzers analyzers, List<ListingText> listings) {
    long tokens = 0;
    for (ListingText l : listings) {
      Analyzer a = analyzers.listingAnalyzer(l.language());
      try (TokenStream ts = a.tokenStream(ListingAnalyzers.FIELD, l.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          tokens += term.length();
        }
        ts.end();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (tokens < 0) {
      throw new AssertionError();
    }
  }

  private static Map<String, List<String>> describe(MatchResult result) {
    Map<String, List<String>> out = new TreeMap<>();
    result.matches().forEach(m -> out.put(m.rule().id(), m.matchedTerms()));
    return out;
  }

  /** The rules, then copies under new ids until there are {@code count}. */
  private static List<Rule> repeat(List<Rule> rules, int count) {
    List<Rule> out = new ArrayList<>(rules);
    for (int i = 0; out.size() < count; i++) {
      Rule r = rules.get(i % rules.size());
      out.add(new Rule(r.id() + "-copy" + (i / rules.size()), r.query(), r.category(),
          r.dsaCategory(), r.severity(), r.languages(), r.description(), r.conditions(),
          r.info(), r.matchExamples(), r.noMatchExamples(), r.listName(), r.listVersion(),
          r.file(), r.line()));
    }
    return out;
  }

  /** Example titles of the lists, with descriptions of their words and filler words. */
  static List<ListingText> listings(List<Rule> rules, Random r, int count) {
    List<String> titles = new ArrayList<>();
    for (Rule rule : rules) {
      rule.matchExamples().stream().map(Example::listing).map(ListingText::title)
          .forEach(titles::add);
      rule.noMatchExamples().stream().map(Example::listing).map(ListingText::title)
          .forEach(titles::add);
    }
    List<String> words = titles.stream().flatMap(t -> List.of(t.split("\\s+")).stream())
        .filter(Objects::nonNull).toList();
    List<ListingText> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = titles.get(r.nextInt(titles.size()));
      StringBuilder d = new StringBuilder();
      while (d.length() < 550) {
        d.append(r.nextInt(3) == 0 ? words.get(r.nextInt(words.size()))
            : MatcherTestData.FILLER[r.nextInt(MatcherTestData.FILLER.length)]).append(' ');
      }
      out.add(new ListingText(title, d.toString().strip(),
          LANGUAGES[r.nextInt(LANGUAGES.length)], null, null, null, null));
    }
    return out;
  }
}
