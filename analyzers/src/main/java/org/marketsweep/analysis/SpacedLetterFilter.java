package org.marketsweep.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Joins words spelled out letter by letter: {@code I V O R Y}, {@code R-O-L-E-X} (several
 * one-letter tokens) and {@code i.v.o.r.y}, {@code r_o_l_e_x} (one token of single letters
 * and dots, underscores or apostrophes) all read {@code ivory} / {@code rolex}, with offsets
 * spanning what was written. A run needs at least {@value #MIN_RUN} single characters, two of
 * them letters, so {@code 4 x 4} or {@code A B} stay as they are.
 *
 * <p>One-char tokens are common in product text ({@code 4 Slide Out}, {@code size M}), and each
 * starts a run that is put aside with the token after it; on streams of the usual attributes
 * ({@link PlainTokens}) those tokens are copied into reused slots instead of cloned states.
 */
public final class SpacedLetterFilter extends TokenFilter {
  static final int MIN_RUN = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  /** Saved tokens of the current run, reused from run to run; the first {@link #runSize}. */
  private final List<Saved> run = new ArrayList<>();
  private int runSize;
  private final StringBuilder joined = new StringBuilder();
  /** The tokens to emit before reading on: {@code run[readyFrom..readyTo)}. */
  private int readyFrom;
  private int readyTo;
  private final Saved lookahead = new Saved();
  private boolean hasLookahead;
  private boolean exhausted;
  /** Whether tokens are saved as field copies ({@link PlainTokens}) rather than states. */
  private boolean plain;
  private PackedTokenAttributeImpl packed;
  private KeywordAttribute keywordAtt;

  /** One token put aside: a copy of its fields, or its state. */
  private static final class Saved {
    final PackedTokenAttributeImpl token = new PackedTokenAttributeImpl();
    boolean keyword;
    AttributeSource.State state;
  }

  public SpacedLetterFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (readyFrom < readyTo) {
      restore(run.get(readyFrom++));
      return true;
    }
    if (hasLookahead) {
      restore(lookahead);
      hasLookahead = false;
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
    runSize = 0;
    joined.setLength(0);
    int letters = 0;
    int start = offsetAtt.startOffset();
    int end;
    do {
      if (runSize == run.size()) {
        run.add(new Saved());
      }
      save(run.get(runSize++));
      joined.append(termAtt);
      letters += Character.isLetter(termAtt.charAt(0)) ? 1 : 0;
      end = offsetAtt.endOffset();
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
    } while (isSingleChar());
    if (!exhausted) {
      save(lookahead);
      hasLookahead = true;
    }
    readyFrom = 0;
    if (runSize >= MIN_RUN && letters >= 2) {
      restore(run.get(0));
      termAtt.setEmpty().append(joined);
      offsetAtt.setOffset(start, end);
      save(run.get(0));
      readyTo = 1;
    } else {
      readyTo = runSize;
    }
  }

  private void save(Saved saved) {
    if (plain) {
      packed.copyTo(saved.token);
      saved.keyword = keywordAtt != null && keywordAtt.isKeyword();
    } else {
      saved.state = captureState();
    }
  }

  private void restore(Saved saved) {
    if (plain) {
      saved.token.copyTo(packed);
      if (keywordAtt != null) {
        keywordAtt.setKeyword(saved.keyword);
      }
    } else {
      restoreState(saved.state);
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
    runSize = 0;
    readyFrom = 0;
    readyTo = 0;
    hasLookahead = false;
    exhausted = false;
    plain = PlainTokens.isPlain(this);
    if (plain) {
      packed = (PackedTokenAttributeImpl) termAtt;
      keywordAtt = hasAttribute(KeywordAttribute.class) ? getAttribute(KeywordAttribute.class)
          : null;
    }
  }
}
