package org.marketsweep.match;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A rule's Lucene query compiled for {@link FastMatcher}: tested against one analysed
 * listing, with the same outcome and the same highlighted spans as Lucene's
 * {@code Weight.matches} on a one-document index of that listing.
 */
interface CompiledQuery {
  boolean matches(ListingIndex listing);

  /**
   * Adds the spans Lucene's matches iterator would report (a phrase is one span, every
   * occurrence of a matching term is one); only called when {@link #matches} holds.
   */
  void addSpans(ListingIndex listing, List<Highlights.Span> spans);

  /**
   * Whether this query may match the listing: true whenever {@link #matches} holds on a
   * listing index with the same words at the same positions as this one and some of its stems
   * ({@code tusk#en}). Exclusions count only when they read no stems (they then match alike
   * whichever stems a listing has), and wildcards always may match. So for a listing analysed
   * with every language's stems at once ({@link FastMatcher}), "no" means the query matches
   * the listing in no language.
   */
  default boolean mayMatch(ListingIndex listing) {
    return true;
  }

  /** Keys that any listing this query matches has; {@code termCost} rates a term id. */
  Keys keys(IntToDoubleFunction termCost);

  /**
   * Keys that all hold for any listing this query matches (one per conjunct: the required
   * clauses, a phrase's positions); their cheapest selects the rule, the others filter it.
   */
  default List<Keys> conjunctKeys(IntToDoubleFunction termCost) {
    return List.of(keys(termCost));
  }

  /** Adds every term id the query reads, for the term statistics of key selection. */
  void collectTerms(java.util.function.IntConsumer terms);
}
