package org.marketsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.CompareScanOutputs;
import org.marketsweep.jobs.IngestListingsJob;
import org.marketsweep.jobs.RunSummary;
import org.marketsweep.jobs.ScanListingsJob;
import org.marketsweep.jobs.TestSpark;
import org.marketsweep.lists.Category;
import org.marketsweep.lists.Conditions;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.KeywordListWriter;
import org.marketsweep.lists.Rule;
import org.marketsweep.lists.Severity;
import org.marketsweep.match.ListChecker;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.ListingText;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.RuleMatch;

/**
 * The benchmark's code path end to end on small sizes: corpus, rule sets, the matcher table
 * with its equality check (which must fail when an engine disagrees with the oracle), the CSV,
 * and a feed the scan accepts. Nothing here measures time.
 */
class BenchTest {
  static final Path LISTS = Path.of("..", "keyword-lists");
  static List<Rule> shipped;

  @TempDir Path dir;

  @BeforeAll
  static void loadLists() {
    shipped = KeywordLists.load(LISTS).rules();
  }

  @Test
  void corpusIsReproducibleWithIllicitListingsInSeveralLanguages() {
    BenchCorpus a = BenchCorpus.create(shipped, 7, 0.03);
    BenchCorpus b = BenchCorpus.create(shipped, 7, 0.03);
    Map<BenchListing.Kind, Integer> kinds = new EnumMap<>(BenchListing.Kind.class);
    Set<String> languages = new HashSet<>();
    long chars = 0;
    int n = 5000;
    for (int i = 0; i < n; i++) {
      BenchListing l = a.listing(i);
      assertEquals(l, b.listing(i));
      kinds.merge(l.kind(), 1, Integer::sum);
      languages.add(l.text().language());
      chars += l.text().text().length();
    }
    assertTrue(kinds.get(BenchListing.Kind.ILLICIT) > 0.02 * n, kinds.toString());
    assertTrue(kinds.get(BenchListing.Kind.ILLICIT) < 0.04 * n, kinds.toString());
    assertTrue(languages.containsAll(List.of("en", "fr", "de", "es", "it", "nl", "pl")),
        languages.toString());
    assertTrue(chars / n > 500 && chars / n < 700, "average length " + chars / n);
    assertFalse(a.listing(0).equals(BenchCorpus.create(shipped, 8, 0.03).listing(0))
        && a.listing(1).equals(BenchCorpus.create(shipped, 8, 0.03).listing(1)));
  }

  /**
   * The shipped lists on bench listings given without their language: the fast matcher,
   * which detects the language only of listings that may match in some language, finds what
   * the oracle finds after detecting every listing's language, and reports the same language.
   */
  @Test
  void listingsWithoutLanguageMatchAsInTheirDetectedLanguage() {
    BenchCorpus corpus = BenchCorpus.create(shipped, 13, 0.1);
    int matched = 0;
    Set<String> languages = new HashSet<>();
    try (ListingMatcher fast = MatcherEngine.FAST.build(shipped).matcher();
        ListingMatcher monitor = MatcherEngine.MONITOR.build(shipped).matcher()) {
      for (int i = 0; i < 1000; i++) {
        ListingText text = corpus.listing(i).text().withLanguage(null);
        MatchResult expected = monitor.match(text);
        MatchResult actual = fast.match(text);
        assertEquals(expected.matches(), actual.matches(), text.toString());
        assertEquals(expected.language(), actual.language(), text.toString());
        matched += expected.matches().isEmpty() ? 0 : 1;
        languages.add(expected.language());
      }
    }
    assertTrue(matched > 70, matched + " listings matched");
    assertTrue(languages.size() >= 6, "languages detected: " + languages);
  }

  @Test
  void ruleSetsAreSampledOrPaddedDeterministically() {
    RuleSets sets = RuleSets.of(shipped);
    List<Rule> small = sets.rules(100, 3);
    assertEquals(100, small.size());
    assertEquals(small, sets.rules(100, 3));
    assertTrue(shipped.containsAll(small));
    int more = shipped.size() + 300;
    List<Rule> large = sets.rules(more, 3);
    assertEquals(more, large.size());
    assertEquals(large, sets.rules(more, 3));
    assertEquals(shipped, large.subList(0, shipped.size()));
    assertEquals(more, new HashSet<>(large.stream().map(Rule::id).toList()).size());
    assertTrue(large.subList(shipped.size(), more).stream()
        .noneMatch(r -> shipped.stream().anyMatch(s -> s.query().equals(r.query()))));
  }

  @Test
  void generatedRulesMatchNoMoreLawfulOffersThanTheRulesTheyWereMadeFrom() {
    List<ListingText> lawful = BenchCorpus.create(shipped, 7, 0.03).lawfulSample(3_000);
    // unchecked against the lawful offers, two of these 200 generated rules would match more
    List<Rule> all = RuleSets.of(shipped, lawful).rules(shipped.size() + 200, 4);
    Map<String, Integer> hits = new java.util.HashMap<>();
    try (ListingMatcher matcher = MatcherEngine.FAST.build(all).matcher()) {
      for (MatchResult r : matcher.match(lawful)) {
        r.matches().forEach(m -> hits.merge(m.rule().id(), 1, Integer::sum));
      }
    }
    int broader = 0;
    for (Rule r : all.subList(shipped.size(), all.size())) {
      String template = r.file().substring("generated from ".length());
      if (hits.getOrDefault(r.id(), 0) > hits.getOrDefault(template, 0)) {
        broader++;
      }
    }
    assertEquals(0, broader);
  }

  @Test
  @Timeout(60)
  void rulesThatCannotBeGeneratedAreReportedNotWaitedFor() {
    // every mutation of this rule ("carving AND carving", "carving AND ivory", ...) fails an
    // example: with its words swapped in them too, they no longer say what it matches
    Rule only = new Rule("ivory-carving", "ivory AND carving", Category.WILDLIFE,
        Category.WILDLIFE.defaultDsaCategory(), Severity.HIGH, List.of("en"), null,
        Conditions.NONE, Map.of(), List.of(new Example(ListingText.of("ivory carving"), 0)),
        List.of(new Example(ListingText.of("oak carving"), 0)), "l", "1.0.0", "l.yaml", 1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RuleSets.of(List.of(only)).rules(5, 1));
    assertTrue(e.getMessage().contains("cannot make 5 rules"), e.getMessage());
  }

  @Test
  void generatedRulesAreListsThatPassTheirOwnExamples() throws Exception {
    List<Rule> generated = RuleSets.of(shipped).rules(shipped.size() + 200, 5)
        .subList(shipped.size(), shipped.size() + 200);
    assertTrue(generated.stream().allMatch(r -> !r.matchExamples().isEmpty()
        && !r.noMatchExamples().isEmpty()));
    Path lists = dir.resolve("generated-lists");
    KeywordListWriter.write(lists, generated);
    ListChecker.Report report = ListChecker.check(lists);
    assertEquals(List.of(), report.problems());
    assertEquals(200, report.rules());
  }

  @Test
  void benchmarkRunsEndToEndAndTheEnginesAgree() throws Exception {
    Path csv = dir.resolve("bench.csv");
    StringWriter out = new StringWriter();
    Bench.Outcome outcome = Bench.run(settings(csv, 0.03, List.of(100, 500), List.of(1, 2)),
        MatcherBenchmark.Engines.standard(), new PrintWriter(out), new PrintWriter(
            new StringWriter()));
    assertEquals(0, outcome.exitCode(), out + "\n" + outcome.differences());
    assertEquals(4, outcome.rows().size());
    for (BenchRow r : outcome.rows()) {
      assertEquals(0, r.mismatches());
      assertEquals(200, r.oracleSample());
      assertTrue(r.fastPerCore() > 0 && r.monitorPerCore() > 0 && r.analysisPerCore() > 0
          && r.wordsPerCore() > 0);
    }
    List<String> lines = Files.readAllLines(csv);
    assertEquals(5, lines.size());
    assertTrue(lines.get(0).startsWith(
        "rules,listings,threads,analysis_per_core,words_per_core,fast_per_core"));
    assertTrue(out.toString().contains("| 500 | 500 | 2 |"), out.toString());
    // the two rule counts again, side by side, on each thread count
    assertTrue(out.toString().contains("| 500 | 1 | 100 | "), out.toString());
    assertTrue(out.toString().contains("| 500 | 2 | 100 | "), out.toString());
  }

  @Test
  void equalityCheckFailsWhenTheEngineAddsAMatch() throws Exception {
    MatcherBenchmark.Engines wrong = new MatcherBenchmark.Engines(
        rules -> new Disagreeing(MatcherEngine.FAST.build(rules).matcher(), rules.get(0), true),
        rules -> MatcherEngine.MONITOR.build(rules).matcher());
    Bench.Outcome outcome = Bench.run(settings(dir.resolve("a.csv"), 0.03, List.of(100),
        List.of(1)), wrong, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    assertEquals(1, outcome.exitCode());
    assertTrue(outcome.rows().get(0).mismatches() > 0);
    assertFalse(outcome.differences().isEmpty());
  }

  @Test
  void equalityCheckFailsWhenTheEngineMissesAMatch() throws Exception {
    MatcherBenchmark.Engines wrong = new MatcherBenchmark.Engines(
        rules -> new Disagreeing(MatcherEngine.FAST.build(rules).matcher(), null, false),
        rules -> MatcherEngine.MONITOR.build(rules).matcher());
    Bench.Outcome outcome = Bench.run(settings(dir.resolve("b.csv"), 0.5, List.of(500),
        List.of(1)), wrong, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    assertTrue(outcome.rows().get(0).oracleMatches() > 0);
    assertEquals(1, outcome.exitCode());
    assertTrue(outcome.rows().get(0).mismatches() > 0);
  }

  @Test
  void theScanAcceptsEveryListingOfTheFeed() throws Exception {
    Path feed = benchFeed(11, "feed.jsonl");
    assertEquals(300, Files.readAllLines(feed).size());
    RunSummary summary = new ScanListingsJob(TestSpark.session(), feed.toString(),
        dir.resolve("out").toString(), RuleSets.of(shipped).rules(500, 1),
        new ListingParser(FeedMapping.identity()), LocalDate.parse(ScanBenchmark.SCAN_DATE))
        .execute();
    assertEquals(300, summary.read());
    assertEquals(0, summary.rejected());
    assertTrue(summary.flaggedListings() > 0);
  }

  @Test
  void theParquetScanReadsTheIngestedFeedAndFlagsWhatTheJsonlScanFlags() throws Exception {
    // what the bench's "scan (Parquet in)" runs through bin/marketsweep: ingest, then a scan of
    // the snapshot's Parquet files, whose rows name no marketplace (it is the folder's)
    Path feed = benchFeed(13, "parquet-feed.jsonl");
    LocalDate date = LocalDate.parse(ScanBenchmark.SCAN_DATE);
    List<Rule> rules = RuleSets.of(shipped).rules(500, 1);
    ListingParser parser = new ListingParser(FeedMapping.identity());
    Path warehouse = dir.resolve("parquet-warehouse");
    new IngestListingsJob(TestSpark.session(), feed.toString(), ScanBenchmark.MARKETPLACE, date,
        warehouse.toString(), parser).execute();
    Path snapshot = warehouse.resolve("listings/snapshot_date=" + date + "/marketplace="
        + ScanBenchmark.MARKETPLACE);
    RunSummary fromParquet = new ScanListingsJob(TestSpark.session(), snapshot.toString(),
        dir.resolve("parquet-out").toString(), rules, new ListingParser(FeedMapping.identity()
            .withDefaultMarketplace(ScanBenchmark.MARKETPLACE)), date).execute();
    RunSummary fromJsonl = new ScanListingsJob(TestSpark.session(), feed.toString(),
        dir.resolve("jsonl-out").toString(), rules, parser, date).execute();
    assertEquals(300, fromParquet.read());
    assertEquals(0, fromParquet.rejected());
    assertTrue(fromJsonl.flags() > 0);
    assertEquals(List.of(), CompareScanOutputs.differences(TestSpark.session(),
        dir.resolve("jsonl-out").toString(), dir.resolve("parquet-out").toString()));
  }

  /** 300 listings of a bench corpus with a fifth of them illicit, as the bench writes them. */
  private Path benchFeed(long seed, String name) throws java.io.IOException {
    Path feed = dir.resolve(name);
    new ScanBenchmark(BenchCorpus.create(shipped, seed, 0.2), new ScanBenchmark.Options(null,
        dir, null, "2g", false), line -> { }).writeFeed(feed, 300);
    return feed;
  }

  private static Bench.Settings settings(Path csv, double illicitShare, List<Integer> rules,
      List<Integer> threads) {
    return new Bench.Settings(LISTS, new MatcherBenchmark.Options(List.of(500L), rules,
        threads, 42, 200, 50), illicitShare, csv, List.of(), List.of(), List.of(), null);
  }

  /** The real fast matcher, wrong on purpose: adds a match to some listings, or drops one. */
  private static final class Disagreeing implements ListingMatcher {
    private final ListingMatcher real;
    private final Rule extra;
    private final boolean add;

    Disagreeing(ListingMatcher real, Rule extra, boolean add) {
      this.real = real;
      this.extra = extra;
      this.add = add;
    }

    @Override
    public MatchResult match(ListingText listing) {
      MatchResult r = real.match(listing);
      List<RuleMatch> matches = new ArrayList<>(r.matches());
      if (add && listing.title().hashCode() % 5 == 0) {
        matches.add(new RuleMatch(extra, List.of("planted"), "[[planted]]", 0.5));
      } else if (!add && !matches.isEmpty()) {
        matches.remove(0);
      }
      return new MatchResult(r.language(), matches);
    }

    @Override
    public int ruleCount() {
      return real.ruleCount();
    }

    @Override
    public boolean hasRule(String id) {
      return real.hasRule(id);
    }

    @Override
    public void close() {
      real.close();
    }
  }
}
