package org.marketsweep.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that reads its whole input once, rewrites it, and serves the result with
 * corrected offsets. Listing texts are short (titles and descriptions), so buffering the
 * input is cheaper than a streaming state machine and keeps each subclass a few lines long.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
abstract class ReferenceWholeInputCharFilter extends BaseCharFilter {
  private final StringBuilder output = new StringBuilder();
  private boolean transformed;
  private int readPosition;

  ReferenceWholeInputCharFilter(Reader in) {
    super(in);
  }

  /**
   * Appends the rewritten form of {@code input} to {@code output}, calling {@link
   * #recordShrink} after each place where the output became shorter than the input.
   */
  abstract void transform(CharSequence input, StringBuilder output);

  /** Records that the output is {@code removed} chars shorter than the input from here on. */
  final void recordShrink(StringBuilder output, int removed, int[] cumulative) {
    cumulative[0] += removed;
    addOffCorrectMap(output.length(), cumulative[0]);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (!transformed) {
      transformed = true;
      transform(readAll(), output);
    }
    if (readPosition >= output.length()) {
      return -1;
    }
    int n = Math.min(len, output.length() - readPosition);
    output.getChars(readPosition, readPosition + n, cbuf, off);
    readPosition += n;
    return n;
  }

  private StringBuilder readAll() throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[1024];
    for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
      all.append(buffer, 0, n);
    }
    return all;
  }
}
