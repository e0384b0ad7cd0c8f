package org.marketsweep.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query part {@link QueryTranslator} has no evaluator for: run by Lucene itself on a
 * one-document {@link MemoryIndex} of the listing (built once per listing, only when such a
 * rule is a candidate), spans collected as Monitor's {@code HighlightsMatch} does.
 */
record LuceneQuery(Query query) implements CompiledQuery {
  @Override
  public boolean matches(ListingIndex listing) {
    return luceneMatches(listing) != null;
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    Matches matches = luceneMatches(listing);
    if (matches == null) {
      return;
    }
    try {
      for (String field : matches) {
        MatchesIterator mi = matches.getMatches(field);
        while (mi.next()) {
          MatchesIterator sub = mi.getSubMatches();
          if (sub == null) {
            spans.add(new Highlights.Span(mi.startOffset(), mi.endOffset()));
          } else {
            while (sub.next()) {
              spans.add(new Highlights.Span(sub.startOffset(), sub.endOffset()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Matches luceneMatches(ListingIndex listing) {
    IndexSearcher searcher = listing.memoryIndex().createSearcher();
    try {
      Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
      return w.matches(searcher.getIndexReader().leaves().get(0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    return Keys.ALWAYS;
  }

  @Override
  public void collectTerms(IntConsumer terms) {}
}
