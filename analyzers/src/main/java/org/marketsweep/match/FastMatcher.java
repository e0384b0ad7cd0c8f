package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.CloseableThreadLocal;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.analysis.WordChain;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * The fast matcher: same matches as {@link MonitorMatcher}, without building a Lucene index
 * and query weights for every listing. Each rule's Lucene query is compiled once into a
 * {@link CompiledQuery}; a listing is analysed once into a {@link ListingIndex}, its terms
 * select the candidate rules through a {@link CandidateIndex}, and only those are checked.
 * Analysis goes word by word ({@link WordTerms}): the end of the chain (look-alike letters,
 * leetspeak, stretched letters, stems, folding) runs once per distinct word a thread meets,
 * and the rule terms it makes of the word are kept, unless some rule needs every term.
 * Each rule is filed under the conjunct of its query that listings are least likely to have:
 * first guessed from how many rules use a term, then measured on a sample of the listings
 * matched (see {@link #observe}), so that a rule is not checked on every listing because it
 * names a word such as "return" that few rules use but most listings have.
 *
 * <p>A listing without a language is first analysed with the stems of every language at once
 * (only those that rule terms use). Most listings match no rule even then, tested with {@link
 * CompiledQuery#mayMatch}, and so match none in whatever language they are in: their language
 * is detected only if the caller asks ({@link MatchResult#language()}). The others are
 * detected and analysed in their language as usual. Not done when some rule needs every term
 * of a listing (wildcards, queries run through Lucene), whose upper bound is always "may".
 * Thread-safe: per-thread scratch space.
 */
public final class FastMatcher implements ListingMatcher {
  /** Listings a thread samples in full before the candidate index is first chosen again. */
  static final int FIRST_SAMPLE = 1024;
  /** After the first sample, one listing in this many is sampled. */
  private static final int SAMPLE_STRIDE = 16;
  /** The sample stops growing here. */
  private static final int MAX_SAMPLE = 1 << 16;
  private final ListingAnalyzers analyzers;
  private final LanguageGuesser guesser;
  /** Whether listings without a language are first matched with every language's stems. */
  private final boolean detectsLazily;
  /** Per term id: 0 for a word, else 1 + the index of its stem's language in {@link
   * #stemLanguages}. */
  private final byte[] termLanguages;
  private final List<String> stemLanguages;
  private final List<Rule> rules;
  private final List<CompiledQuery> queries;
  private final Map<String, Integer> ruleIndex;
  private final TermIds termIds;
  /** Replaced (never changed) when a larger sample of listings gives better costs. */
  private volatile CandidateIndex candidates;
  /** Listings in the sample the current candidate index was chosen on (0: none). */
  private int sampledFor;
  private final boolean needsAllTerms;
  private final int disjunctionCount;
  /** Per rule, its {@link Branches} when it has several, else null. */
  private final int[][][][] branches;
  private final CloseableThreadLocal<Scratch> scratch = new CloseableThreadLocal<>() {
    @Override
    protected Scratch initialValue() {
      ListingIndex listing = new ListingIndex(termIds, needsAllTerms,
          disjunctionCount + candidates.gateCount());
      return new Scratch(listing, new int[rules.size()],
          detectsLazily ? words(analyzers.anyLanguageWordChain()) : null);
    }
  };

  /** A matcher, and the rules that could not be compiled (left out, with the reason). */
  public record Build(FastMatcher matcher, List<ListProblem> problems) {}

  /**
   * Per-thread state: the listing index, a rule stamp per rule for de-duplication, and this
   * thread's sample of how many listings have each term.
   */
  private static final class Scratch {
    final ListingIndex listing;
    /** This thread's words with every language's stems, or null when not used. */
    final WordTerms anyLanguage;
    /** This thread's words, by listing chain (one per language met). */
    final Map<WordChain, WordTerms> words = new IdentityHashMap<>();
    final int[] seen;
    final List<Integer> candidates = new ArrayList<>();
    /** Candidates that may match with every language's stems. */
    final List<Integer> maybe = new ArrayList<>();
    int stamp;
    int[] listingsWithTerm;
    int sampled;
    long listings;

    Scratch(ListingIndex listing, int[] seen, WordTerms anyLanguage) {
      this.listing = listing;
      this.seen = seen;
      this.anyLanguage = anyLanguage;
    }
  }

  private FastMatcher(ListingAnalyzers analyzers, List<Rule> rules,
      List<CompiledQuery> queries, TermIds termIds, boolean needsAllTerms,
      int disjunctionCount) {
    this.analyzers = analyzers;
    this.guesser = LanguageGuesser.forListingLanguages();
    this.rules = List.copyOf(rules);
    this.queries = List.copyOf(queries);
    termIds.freeze();
    this.termIds = termIds;
    this.needsAllTerms = needsAllTerms;
    this.disjunctionCount = disjunctionCount;
    this.detectsLazily = !needsAllTerms;
    this.stemLanguages = ListingAnalyzers.stemmedLanguages();
    this.termLanguages = termLanguages(termIds, stemLanguages);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    this.ruleIndex = Map.copyOf(index);
    this.branches = queries.stream().map(Branches::of).toArray(int[][][][]::new);
    int[] rulesPerTerm = rulesPerTerm(queries, termIds.size());
    // Before listings are seen, a term used by many rules is guessed to be common.
    this.candidates = new CandidateIndex(selections(queries, id -> 1.0 + rulesPerTerm[id]),
        termIds.size(), disjunctionCount, branches);
  }

  private static byte[] termLanguages(TermIds termIds, List<String> languages) {
    byte[] out = new byte[termIds.size()];
    for (int id = 0; id < out.length; id++) {
      String language = termIds.stemLanguage(id);
      // A tag of no stemming language (none is made) would count as a word: seen in any.
      out[id] = (byte) (language == null ? 0 : 1 + languages.indexOf(language));
    }
    return out;
  }

  private WordTerms words(WordChain chain) {
    return new WordTerms(chain, termIds, WordTerms.MAX_CACHED_WORDS);
  }

  public static Build build(Collection<Rule> rules) {
    ListingAnalyzers analyzers = new ListingAnalyzers();
    TermIds termIds = new TermIds();
    QueryTranslator translator = new QueryTranslator(termIds);
    List<Rule> compiled = new ArrayList<>();
    List<CompiledQuery> queries = new ArrayList<>();
    List<ListProblem> problems = new ArrayList<>();
    for (RuleCompiler.Compiled c : RuleCompiler.compileAll(analyzers, List.copyOf(rules),
        Runtime.getRuntime().availableProcessors())) {
      if (c.query() == null) {
        problems.add(c.problem());
        continue;
      }
      compiled.add(c.rule());
      // in rule order: the term ids do not depend on the threads
      queries.add(translator.translate(c.query()));
    }
    return new Build(new FastMatcher(analyzers, compiled, queries, termIds,
        translator.needsAllTerms(), translator.disjunctionCount()), problems);
  }

  private static int[] rulesPerTerm(List<CompiledQuery> queries, int termCount) {
    int[] rulesPerTerm = new int[termCount];
    // the last rule that counted each term, so that a rule counts a term once
    int[] countedBy = new int[termCount];
    Arrays.fill(countedBy, -1);
    for (int i = 0; i < queries.size(); i++) {
      int rule = i;
      queries.get(i).collectTerms(t -> {
        if (countedBy[t] != rule) {
          countedBy[t] = rule;
          rulesPerTerm[t]++;
        }
      });
    }
    return rulesPerTerm;
  }

  /** Each rule's selection, rating each term with {@code termCost}. */
  private static List<CandidateIndex.Selection> selections(List<CompiledQuery> queries,
      java.util.function.IntToDoubleFunction termCost) {
    List<CandidateIndex.Selection> selections = new ArrayList<>(queries.size());
    for (CompiledQuery q : queries) {
      selections.add(CandidateIndex.selection(q.conjunctKeys(termCost)));
    }
    return selections;
  }

  /**
   * Counts, in this thread's sample, the listings that have each rule term: all of a thread's
   * first {@value #FIRST_SAMPLE} listings, then one in {@value #SAMPLE_STRIDE}, up to
   * {@value #MAX_SAMPLE}. When the sample has grown fourfold since the candidate index was
   * chosen, it is chosen again on the sample.
   */
  private void observe(Scratch s) {
    if (s.sampled >= MAX_SAMPLE) {
      return;
    }
    s.listings++;
    if (s.sampled >= FIRST_SAMPLE && s.listings % SAMPLE_STRIDE != 0) {
      return;
    }
    if (s.listingsWithTerm == null) {
      s.listingsWithTerm = new int[termIds.size()];
    }
    ListingIndex index = s.listing;
    for (int i = 0; i < index.presentCount(); i++) {
      s.listingsWithTerm[index.presentId(i)]++;
    }
    s.sampled++;
    if (s.sampled >= FIRST_SAMPLE && Integer.bitCount(s.sampled) == 1
        && Integer.numberOfTrailingZeros(s.sampled / FIRST_SAMPLE) % 2 == 0) {
      adapt(s.listingsWithTerm, s.sampled);
    }
  }

  /**
   * Chooses the candidate index again, rating a term by the share of sampled listings that
   * have it (per thousand listings, the scale of {@link AutomatonTerms#PREFIX_COST}), unless
   * another thread did so on a sample as large. Which rules are filed under which terms
   * changes only how many are checked, never what matches.
   */
  private synchronized void adapt(int[] listingsWithTerm, int sampled) {
    if (sampled <= sampledFor) {
      return;
    }
    int[] counts = listingsWithTerm.clone();
    double perThousand = 1000.0 / sampled;
    candidates = new CandidateIndex(selections(queries, id -> (counts[id] + 0.5) * perThousand),
        termIds.size(), disjunctionCount, branches);
    sampledFor = sampled;
  }

  /** Listings of the sample on which the current candidate index was chosen (0: none yet). */
  synchronized int sampledFor() {
    return sampledFor;
  }

  /** How many rules a listing's terms select and its gates let through (for tests). */
  int candidateCount(ListingText listing) {
    ListingText l = MatchResults.resolveLanguage(guesser, listing);
    Scratch s = scratch.get();
    CandidateIndex c = candidates;
    analyse(s, c, l.language(), l.text());
    return candidates(s, c).size();
  }

  /**
   * Analyses text in {@code language} into the thread's index, with room for {@code c}'s gate
   * answers: word by word, unless the index keeps every term.
   */
  private void analyse(Scratch s, CandidateIndex c, String language, String text) {
    if (needsAllTerms) {
      s.listing.ensureRemembered(disjunctionCount + c.gateCount());
      s.listing.analyse(analyzers.listingAnalyzer(language), text);
    } else {
      analyse(s, c, s.words.computeIfAbsent(analyzers.listingWordChain(language), this::words),
          text);
    }
  }

  /** Analyses text through {@code words} into the thread's index, as above. */
  private void analyse(Scratch s, CandidateIndex c, WordTerms words, String text) {
    s.listing.ensureRemembered(disjunctionCount + c.gateCount());
    s.listing.analyse(words, text);
  }

  @Override
  public MatchResult match(ListingText listing) {
    String text = listing.text();
    Scratch s = scratch.get();
    CandidateIndex c = candidates;
    ListingIndex index = s.listing;
    boolean observed = false;
    if (detectsLazily && !MatchResults.hasLanguage(listing)) {
      analyse(s, c, s.anyLanguage, text);
      observe(s);
      if (!anyMayMatch(s, c, listing)) {
        return MatchResult.noMatch(
            () -> MatchResults.resolveLanguage(guesser, listing).language());
      }
      observed = true;
    }
    ListingText l = MatchResults.resolveLanguage(guesser, listing);
    analyse(s, c, l.language(), text);
    if (!observed) {
      observe(s);
    }
    List<RuleMatch> out = new ArrayList<>();
    for (int rule : candidates(s, c)) {
      CompiledQuery query = queries.get(rule);
      if (query.matches(index) && rules.get(rule).conditions().test(l)) {
        List<Highlights.Span> spans = new ArrayList<>();
        query.addSpans(index, spans);
        out.add(MatchResults.ruleMatch(rules.get(rule), text, spans));
      }
    }
    return MatchResults.result(l, out);
  }

  /**
   * Whether some candidate rule may match the listing analysed in {@code s} with every
   * language's stems, when the listing has the stems of one language only (and its words), as
   * it does once analysed in its own language: stems of two languages (a Czech stem of one word
   * and an English stem of another) never make a match together.
   */
  private boolean anyMayMatch(Scratch s, CandidateIndex c, ListingText listing) {
    List<Integer> maybe = s.maybe;
    maybe.clear();
    for (int rule : candidates(s, c)) {
      if (queries.get(rule).mayMatch(s.listing) && rules.get(rule).conditions().test(listing)) {
        maybe.add(rule);
      }
    }
    if (maybe.isEmpty()) {
      return false;
    }
    try {
      for (int language = 0; language <= stemLanguages.size(); language++) {
        s.listing.restrict(termLanguages, language);
        for (int rule : maybe) {
          if (queries.get(rule).mayMatch(s.listing)) {
            return true;
          }
        }
      }
      return false;
    } finally {
      s.listing.restrict(termLanguages, -1);
    }
  }

  private List<Integer> candidates(Scratch s, CandidateIndex candidates) {
    if (s.stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(s.seen, 0);
      s.stamp = 0;
    }
    s.stamp++;
    s.candidates.clear();
    ListingIndex index = s.listing;
    for (int i = 0; i < index.presentCount(); i++) {
      int[] rules = candidates.rulesForTerm(index.presentId(i));
      if (rules != null) {
        add(s, candidates, rules);
      }
    }
    if (candidates.hasPrefixes()) {
      for (String term : index.allTerms().keySet()) {
        candidates.forPrefixesOf(term, rules -> add(s, candidates, rules));
      }
    }
    add(s, candidates, candidates.alwaysRules());
    return s.candidates;
  }

  private static void add(Scratch s, CandidateIndex candidates, int[] rules) {
    for (int rule : rules) {
      if (s.seen[rule] != s.stamp) {
        s.seen[rule] = s.stamp;
        if (candidates.passesGates(rule, s.listing)) {
          s.candidates.add(rule);
        }
      }
    }
  }

  /** Whether the rule with this id compiled and is matched. */
  @Override
  public boolean hasRule(String id) {
    return ruleIndex.containsKey(id);
  }

  @Override
  public int ruleCount() {
    return rules.size();
  }

  /** How many rules have no key terms and are checked on every listing. */
  public int alwaysCheckedRuleCount() {
    return candidates.alwaysCount();
  }

  @Override
  public void close() {
    scratch.close();
  }
}
