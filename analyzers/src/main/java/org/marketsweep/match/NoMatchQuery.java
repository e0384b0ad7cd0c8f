package org.marketsweep.match;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/** A {@code MatchNoDocsQuery}, or a part of a query that rewrites to one. */
record NoMatchQuery() implements CompiledQuery {
  @Override
  public boolean matches(ListingIndex listing) {
    return false;
  }

  @Override
  public boolean mayMatch(ListingIndex listing) {
    return false;
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {}

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    return Keys.NONE;
  }

  @Override
  public void collectTerms(IntConsumer terms) {}
}
