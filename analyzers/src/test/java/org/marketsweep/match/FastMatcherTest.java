package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marketsweep.lists.Conditions;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/** Query shapes where FastMatcher's own evaluation must agree with Lucene to the letter. */
public class FastMatcherTest {

  private static Rule rule(String id, String query, List<String> languages) {
    return MatcherTestData.rule(id, query, languages, Conditions.NONE);
  }

  /** Every word sequence up to {@code length} over {@code words}, as English listings. */
  private static List<ListingText> allSequences(String[] words, int length) {
    List<ListingText> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    sequences(words, length, current, out);
    return out;
  }

  private static void sequences(String[] words, int length, List<String> current,
      List<ListingText> out) {
    if (!current.isEmpty()) {
      out.add(new ListingText(String.join(" ", current), null, "en", null, null, null, null));
    }
    if (current.size() == length) {
      return;
    }
    for (String w : words) {
      current.add(w);
      sequences(words, length, current, out);
      current.remove(current.size() - 1);
    }
  }

  @Test
  void sloppyPhrasesWithReorderingAndRepeatsMatchLikeLucene() {
    List<Rule> rules = List.of(
        rule("s1", "\"rhino horn\"~1", List.of()),
        rule("s2", "\"rhino horn\"~2", List.of()),
        rule("s3", "\"horn rhino\"~3", List.of()),
        rule("s4", "\"rhino horn rhino\"~2", List.of()),
        rule("s5", "\"rhino rhino\"~2", List.of()),
        rule("s6", "\"horn x rhino\"~4", List.of()),
        rule("s7", "\"rhinos horns\"~2", List.of("en")),
        rule("s8", "\"horn rhino horn\"~3 NOT \"x x\"", List.of()),
        rule("e1", "\"rhino horn\"", List.of()),
        rule("e2", "\"rhino rhino horn\"", List.of()),
        rule("e3", "\"horns x\"", List.of("en")));
    List<ListingText> listings =
        allSequences(new String[] {"rhino", "horn", "x", "horns"}, 6);
    assertTrue(MatcherEquivalenceTest.compare(rules, listings).matches() > 1000);
  }

  @Test
  void wildcardsPrefixesRegexpsAndFuzzyTermsMatchLikeLucene() {
    List<Rule> rules = List.of(
        rule("w1", "iv*", List.of()),
        rule("w2", "tusk*", List.of("en")),
        rule("w3", "t?sk", List.of()),
        rule("w4", "/iv.ry/", List.of()),
        rule("w5", "ivory~1", List.of()),
        rule("w6", "iv* NOT ivory", List.of()),
        rule("w7", "(iv* OR elfen*) AND carv*", List.of()),
        rule("w8", "rhino AND (h*n OR /p.*r/)", List.of()));
    List<ListingText> listings = MatcherTestData.generatedListings(new Random(7), 300);
    listings = new ArrayList<>(listings);
    for (String title : List.of("ivry carving", "ivoryy", "1vory tusks", "task and tusk",
        "iv@ry tusk", "rhino horn powder", "rhino hen", "ivories carved", "elfenbein carved")) {
      listings.add(ListingText.of(title));
    }
    assertTrue(MatcherEquivalenceTest.compare(rules, listings).matches() > 50);
  }

  @Test
  void reportsTermsAndSnippetLikeMonitor() throws Exception {
    List<Rule> rules = KeywordLists.load(MonitorMatcherTest.testLists()).rules();
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      RuleMatch m = fast.match(ListingText.of("Very rare R-O-L-E-X Daytona r3plica, 1:1"))
          .matches().stream().filter(x -> x.rule().id().equals("t-rolex-replica"))
          .findFirst().orElseThrow();
      assertEquals(List.of("R-O-L-E-X", "r3plica", "1:1"), m.matchedTerms());
      assertEquals("Very rare [[R-O-L-E-X]] Daytona [[r3plica]], [[1:1]]", m.snippet());
    }
  }

  @Test
  void concurrentMatchingGivesTheSameResults() throws Exception {
    List<Rule> rules = new ArrayList<>(KeywordLists.load(MonitorMatcherTest.testLists()).rules());
    rules.addAll(MatcherTestData.generatedRules(new Random(3), 300));
    concurrentMatchingGivesTheSameResults(rules,
        MatcherTestData.generatedListings(new Random(4), 400));
  }

  /** Also when listings without a language are settled without detection (per-thread stems). */
  @Test
  void concurrentMatchingWithoutLanguagesGivesTheSameResults() throws Exception {
    List<Rule> rules = new ArrayList<>(KeywordLists.load(MonitorMatcherTest.testLists()).rules());
    rules.addAll(MatcherTestData.generatedRules(new Random(3), 300, false));
    List<ListingText> listings = new ArrayList<>();
    for (ListingText l : MatcherTestData.generatedListings(new Random(4), 400)) {
      listings.add(l.withLanguage(null));
    }
    for (String[] sentence : MatcherTestData.SENTENCES) {
      listings.add(new ListingText(sentence[0], sentence[1], null, null, null, null, null));
    }
    concurrentMatchingGivesTheSameResults(rules, listings);
  }

  private static void concurrentMatchingGivesTheSameResults(List<Rule> rules,
      List<ListingText> listings) throws Exception {
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      List<MatchResult> expected = listings.stream().map(fast::match).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<MatchResult>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          runs.add(pool.submit(() -> listings.stream().map(fast::match).toList()));
        }
        for (Future<List<MatchResult>> run : runs) {
          assertEquals(expected, run.get());
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  /**
   * In its own language a listing has the stems of that language only: an English stem of one
   * word ({@code tusks}: {@code tusk#en}) and a Czech stem of another ({@code horny}: {@code
   * horn#cs}) never match a rule together, so such a listing needs no language detection.
   */
  @Test
  void stemsOfTwoLanguagesTogetherAreNoReasonToDetect() {
    List<Rule> rules = List.of(rule("tusk-horn", "tusk AND horn", List.of("en", "cs")));
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      MatchResult mixed = fast.match(ListingText.of("tusks horny"));
      assertEquals(List.of(), mixed.matches());
      assertFalse(mixed.languageKnown());
      assertEquals("und", mixed.language());
      MatchResult english = fast.match(
          ListingText.of("Carved elephant tusks and an old rhino horn for sale"));
      assertEquals(List.of("tusk-horn"),
          english.matches().stream().map(m -> m.rule().id()).toList());
      assertEquals("en", english.language());
      MatchResult plain = fast.match(ListingText.of("A table lamp with a brass base"));
      assertEquals(List.of(), plain.matches());
      assertFalse(plain.languageKnown());
    }
  }

  /**
   * An exclusion that is a word or a phrase without stems rules a listing out in every
   * language, so the listing needs no detection; one that reads stems does not.
   */
  @Test
  void exclusionsWithoutStemsRuleAListingOutWithoutDetection() {
    List<Rule> rules = List.of(rule("sony-fake",
        "sony AND fake NOT (docking OR \"scale model\" OR replicators)", List.of("en", "fr")));
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      for (String excluded : List.of("Fake Sony docking station", "Sony fake scale model")) {
        MatchResult r = fast.match(ListingText.of(excluded));
        assertEquals(List.of(), r.matches(), excluded);
        assertFalse(r.languageKnown(), excluded);
      }
      // "replicator" is not "replicators", though its English stem may be: detect, then see.
      MatchResult stemmed = fast.match(ListingText.of("Fake Sony port replicator for sale"));
      assertTrue(stemmed.languageKnown());
      assertEquals("en", stemmed.language());
      assertEquals(List.of(), stemmed.matches());
      assertEquals(1, fast.match(ListingText.of("Fake Sony headphones")).matches().size());
    }
  }

  @Test
  void rulesThatDoNotCompileAreProblemsWithTheirLocation() {
    FastMatcher.Build build = FastMatcher.build(List.of(rule("bad", "title:rolex", List.of()),
        rule("good", "rolex", List.of())));
    assertEquals(1, build.matcher().ruleCount());
    assertEquals(1, build.problems().size());
    assertEquals("generated.yaml", build.problems().get(0).file());
    assertTrue(build.problems().get(0).message().startsWith("rule bad: "),
        build.problems().get(0).message());
    build.matcher().close();
  }

  @Test
  void rulesAreFiledAgainUnderTermsTheSampledListingsRarelyHave() {
    // Before listings are seen, "return" (one rule) looks rarer than a four-letter prefix;
    // in the listings, it is in every one.
    List<Rule> rules = List.of(rule("r", "return AND tiff*", List.of()),
        rule("t", "tiffany AND ring", List.of()));
    ListingText common = new ListingText("Wooden chair, free return within 30 days", null, "en",
        null, null, null, null);
    ListingText both = new ListingText("Tiffany style lamp, free return", null, "en", null,
        null, null, null);
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      assertEquals(1, fast.candidateCount(common));
      List<RuleMatch> before = fast.match(both).matches();
      for (int i = 0; i < FastMatcher.FIRST_SAMPLE; i++) {
        assertTrue(fast.match(common).matches().isEmpty());
      }
      assertEquals(FastMatcher.FIRST_SAMPLE, fast.sampledFor());
      assertEquals(0, fast.candidateCount(common));
      assertEquals(1, fast.candidateCount(both));
      assertEquals(List.of("r"), before.stream().map(m -> m.rule().id()).toList());
      assertEquals(before, fast.match(both).matches());
    }
  }

  @Test
  void aRuleThatIsAnOrOfConjunctionsIsACandidateOnlyWhenOneConjunctionHasAllItsTerms() {
    List<Rule> rules = List.of(rule("phrases", "\"fake ivory\" OR \"carved tusk\"", List.of()),
        rule("ands", "(rolex AND replica) OR (omega AND copy)", List.of()));
    try (FastMatcher fast = FastMatcher.build(rules).matcher()) {
      // a word of each branch, all words of none
      assertEquals(0, fast.candidateCount(en("ivory bangle, hand carved")));
      assertEquals(0, fast.candidateCount(en("rolex box and omega strap")));
      // all words of a branch, not as the phrase: a candidate, not a match
      assertEquals(1, fast.candidateCount(en("tusk shaped vase, carved")));
      assertTrue(fast.match(en("tusk shaped vase, carved")).matches().isEmpty());
      assertEquals(1, fast.candidateCount(en("omega watch, copy of the papers")));
      assertEquals(List.of("ands"),
          fast.match(en("omega watch, copy of the papers")).matches().stream()
              .map(m -> m.rule().id()).toList());
      assertEquals(List.of("phrases"), fast.match(en("Carved tusk, pair")).matches().stream()
          .map(m -> m.rule().id()).toList());
    }
  }

  private static ListingText en(String title) {
    return new ListingText(title, null, "en", null, null, null, null);
  }
}
