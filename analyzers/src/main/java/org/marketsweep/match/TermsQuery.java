package org.marketsweep.match;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * A {@code TermQuery} (one id), a {@code SynonymQuery} or a disjunction of such (several):
 * matches when the listing has any of the terms, with a span at each of their occurrences.
 */
record TermsQuery(int[] ids) implements CompiledQuery {
  TermsQuery {
    ids = IntSets.sortedDistinct(ids);
  }

  @Override
  public boolean matches(ListingIndex listing) {
    return listing.hasAny(ids);
  }

  @Override
  public boolean mayMatch(ListingIndex listing) {
    return matches(listing);
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    for (int id : ids) {
      ListingIndex.Occurrences o = listing.get(id);
      if (o != null) {
        for (int i = 0; i < o.count; i++) {
          spans.add(new Highlights.Span(o.starts[i], o.ends[i]));
        }
      }
    }
  }

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    double cost = 0;
    for (int id : ids) {
      cost += termCost.applyAsDouble(id);
    }
    return new Keys(ids.clone(), new String[0], false, cost);
  }

  @Override
  public void collectTerms(IntConsumer terms) {
    for (int id : ids) {
      terms.accept(id);
    }
  }
}
