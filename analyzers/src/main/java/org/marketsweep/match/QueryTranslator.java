package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.marketsweep.analysis.ListingAnalyzers;

/**
 * Translates the Lucene queries {@link RuleCompiler} makes into {@link CompiledQuery} trees,
 * applying the rewrites Lucene applies before matching (one-term phrases become terms, empty
 * ones match nothing). Query types without an evaluator are left to {@link LuceneQuery}.
 * Not thread-safe: used while building a matcher.
 */
final class QueryTranslator {
  private final TermIds ids;
  private final Disjunction.Shared disjunctions;
  /**
   * Boolean queries already translated: rules repeat the same indicator and exclusion lists,
   * and compiled queries are immutable, so equal queries share one translation.
   */
  private final java.util.Map<BooleanQuery, CompiledQuery> translated = new java.util.HashMap<>();
  private boolean needsAllTerms;

  QueryTranslator(TermIds ids) {
    this.ids = ids;
    this.disjunctions = new Disjunction.Shared(ids::isStem);
  }

  /** Whether some translated query reads every term of a listing (wildcards, fallbacks). */
  boolean needsAllTerms() {
    return needsAllTerms;
  }

  /** How many shared disjunctions a listing keeps answers for. */
  int disjunctionCount() {
    return disjunctions.size();
  }

  CompiledQuery translate(Query query) {
    if (query instanceof TermQuery q && onField(q.getTerm())) {
      return new TermsQuery(new int[] {id(q.getTerm())});
    }
    if (query instanceof SynonymQuery q && q.getTerms().stream().allMatch(this::onField)) {
      return q.getTerms().isEmpty() ? new NoMatchQuery()
          : new TermsQuery(q.getTerms().stream().mapToInt(this::id).toArray());
    }
    if (query instanceof BoostQuery q) {
      return translate(q.getQuery());
    }
    if (query instanceof ConstantScoreQuery q) {
      return translate(q.getQuery());
    }
    if (query instanceof BooleanQuery q) {
      CompiledQuery known = translated.get(q);
      if (known == null) {
        known = bool(q);
        translated.put(q, known);
      }
      return known;
    }
    if (query instanceof PhraseQuery q && Arrays.stream(q.getTerms()).allMatch(this::onField)) {
      return phrase(q);
    }
    if (query instanceof MultiPhraseQuery q
        && Arrays.stream(q.getTermArrays()).flatMap(Arrays::stream).allMatch(this::onField)) {
      return multiPhrase(q);
    }
    if (query instanceof MatchNoDocsQuery) {
      return new NoMatchQuery();
    }
    if (query instanceof AutomatonQuery q && q.getField().equals(ListingAnalyzers.FIELD)) {
      needsAllTerms = true;
      return new AutomatonTerms(new CompiledAutomaton(q.getAutomaton(), null, true,
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, q.isAutomatonBinary()), literalPrefix(q));
    }
    needsAllTerms = true;
    return new LuceneQuery(query);
  }

  private CompiledQuery bool(BooleanQuery q) {
    List<CompiledQuery> required = new ArrayList<>();
    List<CompiledQuery> optional = new ArrayList<>();
    List<CompiledQuery> prohibited = new ArrayList<>();
    for (BooleanClause c : q.clauses()) {
      CompiledQuery sub = translate(c.getQuery());
      switch (c.getOccur()) {
        case MUST, FILTER -> required.add(sub);
        case SHOULD -> optional.add(sub);
        case MUST_NOT -> prohibited.add(sub);
      }
    }
    int minimumShouldMatch = q.getMinimumNumberShouldMatch();
    if (minimumShouldMatch <= 1) {
      optional = mergeTerms(optional);
    }
    return BooleanClauses.of(required, optional, mergeTerms(prohibited), minimumShouldMatch,
        disjunctions);
  }

  /**
   * Joins the term clauses of a disjunction into one: the same outcome (any of them) and
   * spans (every occurrence of each), checked in one loop.
   */
  private static List<CompiledQuery> mergeTerms(List<CompiledQuery> clauses) {
    List<CompiledQuery> out = new ArrayList<>();
    org.apache.lucene.util.IntsRefBuilder ids = new org.apache.lucene.util.IntsRefBuilder();
    int termClauses = 0;
    for (CompiledQuery c : clauses) {
      if (c instanceof TermsQuery t) {
        for (int id : t.ids()) {
          ids.append(id);
        }
        termClauses++;
      } else {
        out.add(c);
      }
    }
    if (termClauses > 0) {
      out.add(0, new TermsQuery(Arrays.copyOf(ids.ints(), ids.length())));
    }
    return out;
  }

  private CompiledQuery phrase(PhraseQuery q) {
    Term[] terms = q.getTerms();
    if (terms.length == 0) {
      return new NoMatchQuery();
    }
    if (terms.length == 1) {
      return new TermsQuery(new int[] {id(terms[0])});
    }
    Term[][] groups = new Term[terms.length][];
    for (int i = 0; i < terms.length; i++) {
      groups[i] = new Term[] {terms[i]};
    }
    int[] positions = q.getPositions().clone();
    int first = positions[0];
    for (int i = 0; i < positions.length; i++) {
      positions[i] -= first;
    }
    return phraseTerms(groups, positions, q.getSlop());
  }

  private CompiledQuery multiPhrase(MultiPhraseQuery q) {
    Term[][] groups = q.getTermArrays();
    if (groups.length == 0) {
      return new NoMatchQuery();
    }
    if (groups.length == 1) {
      return groups[0].length == 0 ? new NoMatchQuery()
          : new TermsQuery(Arrays.stream(groups[0]).mapToInt(this::id).toArray());
    }
    return phraseTerms(groups, q.getPositions(), q.getSlop());
  }

  /** Exact phrases are ordered by position, as Lucene's exact matcher sorts them. */
  private PhraseTerms phraseTerms(Term[][] groups, int[] positions, int slop) {
    Integer[] order = new Integer[groups.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (slop == 0) {
      Arrays.sort(order, Comparator.comparingInt(i -> positions[i]));
    }
    int[][] termIds = new int[groups.length][];
    int[] offsets = new int[groups.length];
    Term[][] terms = new Term[groups.length][];
    for (int i = 0; i < order.length; i++) {
      terms[i] = groups[order[i]];
      termIds[i] = Arrays.stream(terms[i]).mapToInt(this::id).toArray();
      offsets[i] = positions[order[i]];
    }
    return new PhraseTerms(termIds, offsets, slop, terms);
  }

  private static String literalPrefix(AutomatonQuery q) {
    if (q instanceof PrefixQuery p) {
      return p.getPrefix().text();
    }
    if (q instanceof WildcardQuery w) {
      String text = w.getTerm().text();
      int end = 0;
      while (end < text.length() && "*?\\".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return text.substring(0, end);
    }
    return "";
  }

  private boolean onField(Term t) {
    return t.field().equals(ListingAnalyzers.FIELD);
  }

  private int id(Term t) {
    // analysed terms are valid UTF-8: no need for Term.text()'s checking decoder
    return ids.add(t.bytes().utf8ToString());
  }
}
