package org.marketsweep.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Sloppy phrases are matched by Lucene's own {@link SloppyPhraseMatcher}, fed the listing's
 * positions and offsets, so that reordered and repeated terms and the reported spans are
 * exactly Lucene's. Built per listing like {@code PhraseWeight.matches} does it.
 */
final class SloppyPhrases {
  private static final Similarity.SimScorer NO_SCORES = new Similarity.SimScorer() {
    @Override
    public float score(float freq, long norm) {
      return 0;
    }
  };

  private SloppyPhrases() {}

  static boolean matches(PhraseTerms phrase, ListingIndex listing) {
    try {
      SloppyPhraseMatcher m = matcher(phrase, listing);
      if (m == null) {
        return false;
      }
      m.reset();
      return m.nextMatch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void addSpans(PhraseTerms phrase, ListingIndex listing, List<Highlights.Span> spans) {
    try {
      SloppyPhraseMatcher m = matcher(phrase, listing);
      if (m == null) {
        return;
      }
      m.reset();
      while (m.nextMatch()) {
        spans.add(new Highlights.Span(m.startOffset(), m.endOffset()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@code MultiPhraseQuery}'s weight builds it, or null when a group has no term. */
  private static SloppyPhraseMatcher matcher(PhraseTerms phrase, ListingIndex listing) {
    int[][] groups = phrase.groups();
    PhraseQuery.PostingsAndFreq[] postings = new PhraseQuery.PostingsAndFreq[groups.length];
    for (int g = 0; g < groups.length; g++) {
      List<PostingsEnum> present = new ArrayList<>(groups[g].length);
      for (int id : groups[g]) {
        ListingIndex.Occurrences o = listing.get(id);
        if (o != null) {
          present.add(new OnePostings(o));
        }
      }
      if (present.isEmpty()) {
        return null;
      }
      PostingsEnum p = present.size() == 1 ? present.get(0)
          : new MultiPhraseQuery.UnionFullPostingsEnum(present);
      postings[g] = new PhraseQuery.PostingsAndFreq(p, new SlowImpactsEnum(p),
          phrase.offsets()[g], phrase.terms()[g]);
    }
    return new SloppyPhraseMatcher(postings, phrase.slop(), ScoreMode.COMPLETE_NO_SCORES,
        NO_SCORES, 1f, true);
  }

  /** The postings of one term in a one-document index, already on that document. */
  private static final class OnePostings extends PostingsEnum {
    private final ListingIndex.Occurrences occurrences;
    private int doc;
    private int upto = -1;

    OnePostings(ListingIndex.Occurrences occurrences) {
      this.occurrences = occurrences;
    }

    @Override
    public int freq() {
      return occurrences.count;
    }

    @Override
    public int nextPosition() {
      return occurrences.positions[++upto];
    }

    @Override
    public int startOffset() {
      return occurrences.starts[upto];
    }

    @Override
    public int endOffset() {
      return occurrences.ends[upto];
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return doc = DocIdSetIterator.NO_MORE_DOCS;
    }

    @Override
    public int advance(int target) {
      return doc = target <= 0 ? 0 : DocIdSetIterator.NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return 1;
    }
  }
}
