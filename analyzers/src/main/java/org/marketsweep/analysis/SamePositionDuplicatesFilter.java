package org.marketsweep.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term already appeared at the same position, as Lucene's {@code
 * RemoveDuplicatesTokenFilter} does, with the same output. A position holds one to a few
 * terms (a word and its variants), so they are kept in one reused char buffer and compared
 * one by one, instead of a hash set cleared and filled with fresh arrays at every position.
 */
public final class SamePositionDuplicatesFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  /** The terms seen at the current position, one after another. */
  private char[] seen = new char[64];
  private int[] ends = new int[4];
  private int count;

  public SamePositionDuplicatesFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      char[] term = termAtt.buffer();
      int length = termAtt.length();
      if (posIncAtt.getPositionIncrement() > 0) {
        count = 0;
      } else if (contains(term, length)) {
        continue;
      }
      add(term, length);
      return true;
    }
    return false;
  }

  private boolean contains(char[] term, int length) {
    int start = 0;
    for (int k = 0; k < count; k++) {
      int end = ends[k];
      if (end - start == length && same(seen, start, term, length)) {
        return true;
      }
      start = end;
    }
    return false;
  }

  /** A plain loop: terms are short, and {@code Arrays.equals} costs more on a few chars. */
  private static boolean same(char[] seen, int start, char[] term, int length) {
    for (int k = 0; k < length; k++) {
      if (seen[start + k] != term[k]) {
        return false;
      }
    }
    return true;
  }

  private void add(char[] term, int length) {
    int start = count == 0 ? 0 : ends[count - 1];
    if (start + length > seen.length) {
      seen = Arrays.copyOf(seen, Math.max(start + length, 2 * seen.length));
    }
    System.arraycopy(term, 0, seen, start, length);
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, 2 * count);
    }
    ends[count++] = start + length;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
  }
}
