package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marketsweep.lists.Conditions;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/**
 * {@link FastMatcher} must find exactly what {@link MonitorMatcher} (the oracle) finds: the
 * same rules per listing, with the same terms, snippet and score. Rules: the test lists plus
 * generated rules of every query shape; listings: generated, plain, obfuscated, multilingual.
 */
public class MatcherEquivalenceTest {
  static final long SEED = 20261123L;

  @Test
  void fastMatcherFindsWhatMonitorFinds() throws Exception {
    List<Rule> rules = new ArrayList<>(KeywordLists.load(MonitorMatcherTest.testLists()).rules());
    rules.addAll(MatcherTestData.generatedRules(new Random(SEED), 500));
    List<ListingText> listings = MatcherTestData.generatedListings(new Random(SEED + 1), 1000);
    Comparison c = compare(rules, listings);
    assertTrue(c.matches() > listings.size() / 2, "too few matches to be a test: " + c);
  }

  /**
   * Listings without a language, rules without wildcards: the fast matcher settles some
   * listings without detecting their language (all the stems of every language together match
   * no rule), and finds the same as the oracle, which detects the language of every listing,
   * and reports the same language when asked.
   */
  @Test
  void listingsSettledWithoutDetectionMatchTheSame() throws Exception {
    List<Rule> rules = new ArrayList<>(KeywordLists.load(MonitorMatcherTest.testLists()).rules());
    rules.addAll(MatcherTestData.generatedRules(new Random(SEED + 2), 500, false));
    List<ListingText> listings = new ArrayList<>();
    for (ListingText l : MatcherTestData.generatedListings(new Random(SEED + 3), 1500)) {
      listings.add(l.withLanguage(null));
    }
    for (String[] sentence : MatcherTestData.SENTENCES) {
      listings.add(new ListingText(sentence[0], sentence[1], null, null, null, null, null));
    }
    Comparison c = compare(rules, listings);
    assertTrue(c.matches() > listings.size() / 2, "too few matches to be a test: " + c);
    int settled = 0;
    java.util.Set<String> languages = new java.util.TreeSet<>();
    try (MonitorMatcher monitor = MonitorMatcher.build(rules).matcher();
        FastMatcher fast = FastMatcher.build(rules).matcher()) {
      for (ListingText l : listings) {
        MatchResult result = fast.match(l);
        if (!result.languageKnown()) {
          settled++;
          assertEquals(List.of(), result.matches());
        }
        String expected = monitor.match(l).language();
        assertEquals(expected, result.language(), l.toString());
        languages.add(expected);
      }
    }
    // Generated listings are dense with rule words: few are settled without detection.
    assertTrue(settled >= 10 && settled < listings.size(),
        settled + " of " + listings.size() + " settled without detection");
    assertTrue(languages.size() >= 5, "languages detected: " + languages);
  }

  /** Builds both matchers, checks problems are alike, and compares every listing. */
  static Comparison compare(List<Rule> rules, List<ListingText> listings) {
    MonitorMatcher.Build monitorBuild = MonitorMatcher.build(rules);
    FastMatcher.Build fastBuild = FastMatcher.build(rules);
    assertEquals(monitorBuild.problems(), fastBuild.problems());
    int matched = 0;
    try (MonitorMatcher monitor = monitorBuild.matcher(); FastMatcher fast = fastBuild.matcher()) {
      assertEquals(monitor.ruleCount(), fast.ruleCount());
      List<String> differences = new ArrayList<>();
      for (ListingText listing : listings) {
        Map<String, String> expected = describe(monitor.match(listing));
        Map<String, String> actual = describe(fast.match(listing));
        matched += expected.size();
        if (!expected.equals(actual) && differences.size() < 20) {
          differences.add(listing + "\n  monitor: " + expected + "\n  fast:    " + actual);
        }
      }
      assertEquals(List.of(), differences, String.join("\n", differences));
      return new Comparison(listings.size(), matched);
    }
  }

  record Comparison(int listings, int matches) {}

  private static Map<String, String> describe(MatchResult result) {
    Map<String, String> out = new TreeMap<>();
    for (RuleMatch m : result.matches()) {
      out.put(m.rule().id(), result.language() + " " + m.matchedTerms() + " | " + m.snippet()
          + " | " + m.score());
    }
    return out;
  }

  @Test
  void conditionsAreTestedAfterMatching() {
    List<Rule> rules = List.of(MatcherTestData.rule("cheap-rolex", "rolex submariner",
        List.of("en"), new Conditions(new BigDecimal("500"), null, java.util.Set.of(),
            List.of(), List.of(), java.util.Set.of())));
    List<ListingText> listings = List.of(
        new ListingText("Rolex Submariner", null, "en", new BigDecimal("99"), "EUR", null, null),
        new ListingText("Rolex Submariner", null, "en", new BigDecimal("9900"), "EUR", null,
            null),
        ListingText.of("Rolex Submariner"));
    assertEquals(1, compare(rules, listings).matches());
  }

  /**
   * Rules with long lists of alternatives (brands, species), which the fast matcher tests as
   * gates and branches before it runs a query: it must agree with the oracle whether a listing
   * has none, one or several of their terms, with or without a language.
   */
  @Test
  void longListsOfAlternativesMatchLikeMonitor() {
    List<String> brands = new ArrayList<>();
    List<String> species = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      brands.add("brand" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "x");
      species.add("species" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "y");
    }
    String anyBrand = "(" + String.join(" OR ", brands) + ")";
    String anySpecies = "(" + String.join(" OR ", species) + ")";
    List<Rule> rules = List.of(
        MatcherTestData.rule("gate", anyBrand + " AND replica", List.of(), Conditions.NONE),
        MatcherTestData.rule("gate-not", anyBrand + " AND (fake OR copy) NOT genuine",
            List.of("en"), Conditions.NONE),
        MatcherTestData.rule("branches", "(\"carved tusk\" AND " + anySpecies
            + ") OR (\"rhino horn\" AND " + anyBrand + ")", List.of(), Conditions.NONE),
        MatcherTestData.rule("two-lists", anySpecies + " AND " + anyBrand + " AND tusk",
            List.of(), Conditions.NONE));
    String[] others = {"replica", "fake", "copy", "genuine", "carved", "tusk", "rhino", "horn",
        "watch", "bag", "the", "brandax", "speciesz"};
    Random r = new Random(SEED + 4);
    List<ListingText> listings = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      List<String> words = new ArrayList<>();
      int n = 2 + r.nextInt(7);
      for (int w = 0; w < n; w++) {
        int pick = r.nextInt(10);
        words.add(pick < 3 ? brands.get(r.nextInt(brands.size()))
            : pick < 5 ? species.get(r.nextInt(species.size()))
            : others[r.nextInt(others.length)]);
      }
      listings.add(new ListingText(String.join(" ", words), null, r.nextBoolean() ? "en" : null,
          null, null, null, null));
    }
    Comparison c = compare(rules, listings);
    assertTrue(c.matches() > listings.size() / 4, "too few matches to be a test: " + c);
  }
}
