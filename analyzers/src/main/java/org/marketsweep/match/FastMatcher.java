package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.CloseableThreadLocal;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * The fast matcher: same matches as {@link MonitorMatcher}, without building a Lucene index
 * and query weights for every listing. Each rule's Lucene query is compiled once into a
 * {@link CompiledQuery}; a listing is analysed once into a {@link ListingIndex}, its terms
 * select the candidate rules through a {@link CandidateIndex}, and only those are checked.
 * Thread-safe: per-thread scratch space.
 */
public final class FastMatcher implements ListingMatcher {
  private final ListingAnalyzers analyzers;
  private final LanguageGuesser guesser;
  private final List<Rule> rules;
  private final List<CompiledQuery> queries;
  private final Map<String, Integer> ruleIndex;
  private final TermIds termIds;
  private final CandidateIndex candidates;
  private final boolean needsAllTerms;
  private final int disjunctionCount;
  private final CloseableThreadLocal<Scratch> scratch = new CloseableThreadLocal<>() {
    @Override
    protected Scratch initialValue() {
      return new Scratch(new ListingIndex(termIds, needsAllTerms,
          disjunctionCount + candidates.gateCount()), new int[rules.size()]);
    }
  };

  /** A matcher, and the rules that could not be compiled (left out, with the reason). */
  public record Build(FastMatcher matcher, List<ListProblem> problems) {}

  /** Per-thread state: the listing index and a rule stamp per rule for de-duplication. */
  private static final class Scratch {
    final ListingIndex listing;
    final int[] seen;
    final List<Integer> candidates = new ArrayList<>();
    int stamp;

    Scratch(ListingIndex listing, int[] seen) {
      this.listing = listing;
      this.seen = seen;
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
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    this.ruleIndex = Map.copyOf(index);
    this.candidates = new CandidateIndex(selections(queries, termIds.size()), termIds.size(),
        disjunctionCount);
  }

  public static Build build(Collection<Rule> rules) {
    ListingAnalyzers analyzers = new ListingAnalyzers();
    RuleCompiler compiler = new RuleCompiler(analyzers);
    TermIds termIds = new TermIds();
    QueryTranslator translator = new QueryTranslator(termIds);
    List<Rule> compiled = new ArrayList<>();
    List<CompiledQuery> queries = new ArrayList<>();
    List<ListProblem> problems = new ArrayList<>();
    for (Rule rule : rules) {
      Query query;
      try {
        query = compiler.compile(rule);
      } catch (RuleCompiler.InvalidQueryException e) {
        problems.add(new ListProblem(rule.file(), rule.line(),
            "rule " + rule.id() + ": " + e.getMessage() + " in query " + rule.query()));
        continue;
      }
      compiled.add(rule);
      queries.add(translator.translate(query));
    }
    return new Build(new FastMatcher(analyzers, compiled, queries, termIds,
        translator.needsAllTerms(), translator.disjunctionCount()), problems);
  }

  /** Each rule's selection, rating a term by how many rules use it (common words cost). */
  private static List<CandidateIndex.Selection> selections(List<CompiledQuery> queries,
      int termCount) {
    int[] rulesPerTerm = new int[termCount];
    for (CompiledQuery q : queries) {
      java.util.BitSet terms = new java.util.BitSet(termCount);
      q.collectTerms(terms::set);
      terms.stream().forEach(t -> rulesPerTerm[t]++);
    }
    List<CandidateIndex.Selection> selections = new ArrayList<>(queries.size());
    for (CompiledQuery q : queries) {
      selections.add(CandidateIndex.selection(q.conjunctKeys(id -> 1.0 + rulesPerTerm[id])));
    }
    return selections;
  }

  @Override
  public MatchResult match(ListingText listing) {
    ListingText l = MatchResults.resolveLanguage(guesser, listing);
    String text = l.text();
    Scratch s = scratch.get();
    ListingIndex index = s.listing;
    index.analyse(analyzers.listingAnalyzer(l.language()), text);
    List<RuleMatch> out = new ArrayList<>();
    for (int rule : candidates(s)) {
      CompiledQuery query = queries.get(rule);
      if (query.matches(index) && rules.get(rule).conditions().test(l)) {
        List<Highlights.Span> spans = new ArrayList<>();
        query.addSpans(index, spans);
        out.add(MatchResults.ruleMatch(rules.get(rule), text, spans));
      }
    }
    return MatchResults.result(l, out);
  }

  private List<Integer> candidates(Scratch s) {
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
        add(s, rules);
      }
    }
    if (candidates.hasPrefixes()) {
      for (String term : index.allTerms().keySet()) {
        candidates.forPrefixesOf(term, rules -> add(s, rules));
      }
    }
    add(s, candidates.alwaysRules());
    return s.candidates;
  }

  private void add(Scratch s, int[] rules) {
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
