package org.marketsweep.match;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A wildcard, prefix or regular-expression query: matches when any of the listing's distinct
 * terms is accepted by the query's automaton, with a span at every occurrence of each
 * accepted term (as Lucene's multi-term matches iterator reports them).
 *
 * @param prefix what every accepted term starts with ("" when unknown), the rule's key
 */
record AutomatonTerms(CompiledAutomaton automaton, String prefix) implements CompiledQuery {
  /** Rough cost of a prefix key: short prefixes select many listings. */
  static final double PREFIX_COST = 200;

  boolean accepts(String term) {
    return switch (automaton.type) {
      case NONE -> false;
      case ALL -> true;
      case SINGLE -> automaton.term.equals(new BytesRef(term));
      case NORMAL -> {
        BytesRef b = new BytesRef(term);
        yield automaton.runAutomaton.run(b.bytes, b.offset, b.length);
      }
    };
  }

  @Override
  public boolean matches(ListingIndex listing) {
    for (String term : listing.allTerms().keySet()) {
      if (term.startsWith(prefix) && accepts(term)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    for (Map.Entry<String, ListingIndex.Occurrences> e : listing.allTerms().entrySet()) {
      if (e.getKey().startsWith(prefix) && accepts(e.getKey())) {
        ListingIndex.Occurrences o = e.getValue();
        for (int i = 0; i < o.count; i++) {
          spans.add(new Highlights.Span(o.starts[i], o.ends[i]));
        }
      }
    }
  }

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    if (automaton.type == CompiledAutomaton.AUTOMATON_TYPE.NONE) {
      return Keys.NONE;
    }
    if (prefix.isEmpty()) {
      return Keys.ALWAYS;
    }
    return new Keys(new int[0], new String[] {prefix}, false, PREFIX_COST / prefix.length());
  }

  @Override
  public void collectTerms(IntConsumer terms) {}
}
