package org.marketsweep.match;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * A {@code BooleanQuery}, as {@code BooleanWeight.matches} decides it: no prohibited clause
 * may match, every required (MUST, FILTER) clause must, at least {@code minimumShouldMatch}
 * optional ones must, and something must match at all (so only-optional needs one and
 * only-prohibited matches nothing). Spans: those of the required and the matching optional
 * clauses.
 */
record BooleanClauses(List<CompiledQuery> required, List<CompiledQuery> optional,
    List<CompiledQuery> prohibited, int minimumShouldMatch) implements CompiledQuery {

  BooleanClauses {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
    prohibited = List.copyOf(prohibited);
  }

  /** The same, with the disjunctions it tests prepared once. */
  static CompiledQuery of(List<CompiledQuery> required, List<CompiledQuery> optional,
      List<CompiledQuery> prohibited, int minimumShouldMatch, Disjunction.Shared shared) {
    BooleanClauses clauses =
        new BooleanClauses(required, optional, prohibited, minimumShouldMatch);
    return new Prepared(clauses, shared.of(clauses.optional()), shared.of(clauses.prohibited()));
  }

  @Override
  public boolean matches(ListingIndex listing) {
    if (!enoughMatch(listing, false)) {
      return false;
    }
    for (CompiledQuery q : prohibited) {
      if (q.matches(listing)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Required clauses all may match, enough optional ones may; exclusions are ignored here
   * ({@link Prepared} tests those that match alike in every language).
   */
  @Override
  public boolean mayMatch(ListingIndex listing) {
    return enoughMatch(listing, true);
  }

  /** Whether every required clause and enough optional ones match (or may match). */
  private boolean enoughMatch(ListingIndex listing, boolean upperBound) {
    for (CompiledQuery q : required) {
      if (!(upperBound ? q.mayMatch(listing) : q.matches(listing))) {
        return false;
      }
    }
    int needed = Math.max(minimumShouldMatch, required.isEmpty() ? 1 : 0);
    int matched = 0;
    for (int i = 0; i < optional.size() && matched < needed; i++) {
      CompiledQuery q = optional.get(i);
      if (upperBound ? q.mayMatch(listing) : q.matches(listing)) {
        matched++;
      }
    }
    return matched >= needed;
  }

  /**
   * The clauses, with "any optional matches" (when one is enough) and "any prohibited
   * matches" answered by a {@link Disjunction}.
   */
  record Prepared(BooleanClauses clauses, CompiledQuery[] required, Disjunction optional,
      Disjunction prohibited) implements CompiledQuery {

    Prepared(BooleanClauses clauses, Disjunction optional, Disjunction prohibited) {
      this(clauses, clauses.required().toArray(new CompiledQuery[0]), optional, prohibited);
    }

    @Override
    public boolean matches(ListingIndex listing) {
      int needed = optionalNeeded(listing, false);
      if (needed > 1) {
        return clauses.matches(listing);
      }
      return needed >= 0 && (needed == 0 || optional.any(listing)) && !prohibited.any(listing);
    }

    /** Whether only optional clauses, any one of which is enough: a plain OR. */
    boolean isDisjunction() {
      return required.length == 0 && clauses.minimumShouldMatch() <= 1
          && clauses.prohibited().isEmpty();
    }

    @Override
    public boolean mayMatch(ListingIndex listing) {
      int needed = optionalNeeded(listing, true);
      if (needed > 1) {
        return clauses.mayMatch(listing);
      }
      return needed >= 0 && (needed == 0 || optional.mayAny(listing))
          && !prohibited.surelyAny(listing);
    }

    /**
     * How many optional clauses must match when every required one matches (or may match),
     * else -1.
     */
    private int optionalNeeded(ListingIndex listing, boolean upperBound) {
      for (CompiledQuery q : required) {
        if (!(upperBound ? q.mayMatch(listing) : q.matches(listing))) {
          return -1;
        }
      }
      return Math.max(clauses.minimumShouldMatch(), required.length == 0 ? 1 : 0);
    }

    @Override
    public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
      for (CompiledQuery q : required) {
        q.addSpans(listing, spans);
      }
      optional.addSpans(listing, spans);
    }

    @Override
    public Keys keys(IntToDoubleFunction termCost) {
      return clauses.keys(termCost);
    }

    @Override
    public List<Keys> conjunctKeys(IntToDoubleFunction termCost) {
      return clauses.conjunctKeys(termCost);
    }

    @Override
    public void collectTerms(IntConsumer terms) {
      clauses.collectTerms(terms);
    }
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    for (CompiledQuery q : required) {
      q.addSpans(listing, spans);
    }
    for (CompiledQuery q : optional) {
      if (q.matches(listing)) {
        q.addSpans(listing, spans);
      }
    }
  }

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    if (!required.isEmpty()) {
      Keys best = Keys.ALWAYS;
      for (Keys k : conjunctKeys(termCost)) {
        best = best.and(k);
      }
      return best;
    }
    if (optional.isEmpty() || minimumShouldMatch > optional.size()) {
      return Keys.NONE;
    }
    List<Keys> any = new java.util.ArrayList<>(optional.size());
    for (CompiledQuery q : optional) {
      any.add(q.keys(termCost));
    }
    return Keys.any(any);
  }

  @Override
  public List<Keys> conjunctKeys(IntToDoubleFunction termCost) {
    if (required.isEmpty()) {
      return List.of(keys(termCost));
    }
    List<Keys> all = new java.util.ArrayList<>();
    for (CompiledQuery q : required) {
      all.addAll(q.conjunctKeys(termCost));
    }
    return all;
  }

  @Override
  public void collectTerms(IntConsumer terms) {
    required.forEach(q -> q.collectTerms(terms));
    optional.forEach(q -> q.collectTerms(terms));
    prohibited.forEach(q -> q.collectTerms(terms));
  }
}
