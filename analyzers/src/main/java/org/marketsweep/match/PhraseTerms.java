package org.marketsweep.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * A {@code PhraseQuery} or {@code MultiPhraseQuery}: at each phrase position one of a group
 * of terms. Without slop it matches where every group's term sits at its offset from the
 * first, each such place one span from the first term's start to the last term's end. With
 * slop, Lucene's own sloppy matcher decides, through {@link SloppyPhrases}.
 *
 * @param groups term ids per phrase position, in phrase order
 * @param offsets each group's position in the phrase, the first at 0
 * @param terms the query's terms per group, as the sloppy matcher's repeat detection reads them
 */
record PhraseTerms(int[][] groups, int[] offsets, int slop,
    org.apache.lucene.index.Term[][] terms) implements CompiledQuery {

  @Override
  public boolean matches(ListingIndex listing) {
    for (int[] group : groups) {
      if (!listing.hasAny(group)) {
        return false;
      }
    }
    if (slop > 0) {
      return closeEnough(listing) && SloppyPhrases.matches(this, listing);
    }
    return exactMatches(listing, null);
  }

  /**
   * The exact phrase over this phrase's words that are not stems, or null (a sloppy phrase, or
   * a position with stems only): where it matches, this phrase matches too. It keeps this
   * phrase's {@code terms}, which only sloppy matching reads.
   */
  PhraseTerms withoutStems(java.util.function.IntPredicate isStem) {
    if (slop > 0) {
      return null;
    }
    int[][] words = new int[groups.length][];
    for (int g = 0; g < groups.length; g++) {
      words[g] = java.util.Arrays.stream(groups[g]).filter(isStem.negate()).toArray();
      if (words[g].length == 0) {
        return null;
      }
    }
    return new PhraseTerms(words, offsets, 0, terms);
  }

  /**
   * Without slop, whether it matches: more occurrences only add places. With slop, whether
   * every group is present and near the first, as Lucene's sloppy matcher (which gives up on
   * some repeated-term phrases) is not monotone itself.
   */
  @Override
  public boolean mayMatch(ListingIndex listing) {
    if (slop == 0) {
      return matches(listing);
    }
    for (int[] group : groups) {
      if (!listing.hasAny(group)) {
        return false;
      }
    }
    return closeEnough(listing);
  }

  /**
   * A necessary condition for a sloppy match, cheap to test: every group has an occurrence
   * within {@code slop} of one of the first group's, counting phrase offsets (a sloppy match
   * puts every group within that distance of every other).
   */
  private boolean closeEnough(ListingIndex listing) {
    for (int g = 1; g < groups.length; g++) {
      boolean near = false;
      for (int a = 0; a < groups[0].length && !near; a++) {
        ListingIndex.Occurrences first = listing.get(groups[0][a]);
        for (int b = 0; first != null && b < groups[g].length && !near; b++) {
          ListingIndex.Occurrences other = listing.get(groups[g][b]);
          near = other != null && near(first, offsets[0], other, offsets[g]);
        }
      }
      if (!near) {
        return false;
      }
    }
    return true;
  }

  /** Whether some pair of occurrences is within {@code slop}, each less its offset. */
  private boolean near(ListingIndex.Occurrences x, int xOffset, ListingIndex.Occurrences y,
      int yOffset) {
    int i = 0;
    int j = 0;
    while (i < x.count && j < y.count) {
      int px = x.positions[i] - xOffset;
      int py = y.positions[j] - yOffset;
      if (Math.abs(px - py) <= slop) {
        return true;
      }
      if (px < py) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  @Override
  public void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    if (slop > 0) {
      SloppyPhrases.addSpans(this, listing, spans);
    } else {
      exactMatches(listing, spans);
    }
  }

  /** Exact phrase: every place where all groups line up; adds spans when asked. */
  private boolean exactMatches(ListingIndex listing, List<Highlights.Span> spans) {
    List<ListingIndex.Occurrences> first = present(listing, 0);
    if (first == null) {
      return false;
    }
    for (int g = 1; g < groups.length; g++) {
      if (present(listing, g) == null) {
        return false;
      }
    }
    boolean any = false;
    for (ListingIndex.Occurrences lead : first) {
      for (int i = 0; i < lead.count; i++) {
        int at = lead.positions[i];
        int end = endOffsetIfAligned(listing, at);
        if (end >= 0) {
          if (spans == null) {
            return true;
          }
          any = true;
          spans.add(new Highlights.Span(lead.starts[i], end));
        }
      }
    }
    return any;
  }

  /** The end offset of the last group's term when all groups line up at {@code at}, else -1. */
  private int endOffsetIfAligned(ListingIndex listing, int at) {
    int end = -1;
    for (int g = 1; g < groups.length; g++) {
      int want = at + offsets[g] - offsets[0];
      end = -1;
      for (int id : groups[g]) {
        ListingIndex.Occurrences o = listing.get(id);
        if (o != null) {
          int i = o.seek(want, 0);
          if (i < o.count && o.positions[i] == want) {
            end = o.ends[i];
            break;
          }
        }
      }
      if (end < 0) {
        return -1;
      }
    }
    return end;
  }

  private List<ListingIndex.Occurrences> present(ListingIndex listing, int group) {
    List<ListingIndex.Occurrences> found = null;
    for (int id : groups[group]) {
      ListingIndex.Occurrences o = listing.get(id);
      if (o != null) {
        if (found == null) {
          found = new ArrayList<>(groups[group].length);
        }
        found.add(o);
      }
    }
    return found;
  }

  @Override
  public Keys keys(IntToDoubleFunction termCost) {
    Keys best = Keys.ALWAYS;
    for (Keys k : conjunctKeys(termCost)) {
      best = best.and(k);
    }
    return best;
  }

  @Override
  public List<Keys> conjunctKeys(IntToDoubleFunction termCost) {
    List<Keys> all = new ArrayList<>(groups.length);
    for (int[] group : groups) {
      all.add(new TermsQuery(group).keys(termCost));
    }
    return all;
  }

  @Override
  public void collectTerms(IntConsumer ids) {
    for (int[] group : groups) {
      for (int id : group) {
        ids.accept(id);
      }
    }
  }
}
