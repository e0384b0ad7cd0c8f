package org.marketsweep.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Joins words spelled out letter by letter: {@code I V O R Y}, {@code R-O-L-E-X} (several
 * one-letter tokens) and {@code i.v.o.r.y}, {@code r_o_l_e_x} (one token of single letters
 * and dots, underscores or apostrophes) all read {@code ivory} / {@code rolex}, with offsets
 * spanning what was written. A run needs at least {@value #MIN_RUN} single characters, two of
 * them letters, so {@code 4 x 4} or {@code A B} stay as they are.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceSpacedLetterFilter extends TokenFilter {
  static final int MIN_RUN = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final List<AttributeSource.State> run = new ArrayList<>();
  private final StringBuilder joined = new StringBuilder();
  private final ArrayDeque<AttributeSource.State> ready = new ArrayDeque<>();
  private AttributeSource.State lookahead;
  private boolean exhausted;

  public ReferenceSpacedLetterFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!ready.isEmpty()) {
      restoreState(ready.poll());
      return true;
    }
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isSingleChar()) {
      joinDottedLetters();
      return true;
    }
    collectRun();
    return incrementToken();
  }

  /** Gathers consecutive one-char tokens starting at the current one, then queues them. */
  private void collectRun() throws IOException {
    run.clear();
    joined.setLength(0);
    int letters = 0;
    int start = offsetAtt.startOffset();
    int end;
    do {
      run.add(captureState());
      joined.append(termAtt);
      letters += Character.isLetter(termAtt.charAt(0)) ? 1 : 0;
      end = offsetAtt.endOffset();
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
    } while (isSingleChar());
    if (!exhausted) {
      lookahead = captureState();
    }
    if (run.size() >= MIN_RUN && letters >= 2) {
      restoreState(run.get(0));
      termAtt.setEmpty().append(joined);
      offsetAtt.setOffset(start, end);
      ready.add(captureState());
    } else {
      ready.addAll(run);
    }
  }

  private boolean isSingleChar() {
    return termAtt.length() == 1 && Character.isLetterOrDigit(termAtt.charAt(0));
  }

  /** Rewrites {@code i.v.o.r.y} as {@code ivory}; other tokens are left unchanged. */
  private void joinDottedLetters() {
    int length = termAtt.length();
    if (length < 2 * MIN_RUN - 1 || length % 2 == 0) {
      return;
    }
    char[] buffer = termAtt.buffer();
    for (int i = 0; i < length; i++) {
      boolean ok = i % 2 == 0 ? Character.isLetter(buffer[i]) : isLetterSeparator(buffer[i]);
      if (!ok) {
        return;
      }
    }
    int out = 0;
    for (int i = 0; i < length; i += 2) {
      buffer[out++] = buffer[i];
    }
    termAtt.setLength(out);
  }

  private static boolean isLetterSeparator(char c) {
    return c == '.' || c == '_' || c == '\'' || c == '\u2019' || c == '\u00b7';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    run.clear();
    ready.clear();
    lookahead = null;
    exhausted = false;
  }
}
