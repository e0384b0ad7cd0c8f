package org.marketsweep.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Base of the filters that read a word a second way: each variant is emitted at the same
 * position and offsets as the word itself (like a synonym), so a rule term matches either
 * reading and phrases keep working. Keyword-marked tokens pass unchanged.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
abstract class ReferenceVariantTokenFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private final List<String> scratch = new ArrayList<>();
  private AttributeSource.State state;

  ReferenceVariantTokenFilter(TokenStream input) {
    super(input);
  }

  /**
   * Adds to {@code variants} the other readings of {@code term[0..length)}, none equal to the
   * term itself.
   *
   * @return whether the original reading is kept (false replaces it by the first variant)
   */
  abstract boolean variants(char[] term, int length, List<String> variants);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      termAtt.setEmpty().append(pending.poll());
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) {
      return true;
    }
    scratch.clear();
    boolean keepOriginal = variants(termAtt.buffer(), termAtt.length(), scratch);
    if (scratch.isEmpty()) {
      return true;
    }
    for (int i = 0; i < scratch.size(); i++) {
      if (scratch.indexOf(scratch.get(i)) == i) {
        pending.add(scratch.get(i));
      }
    }
    if (!keepOriginal) {
      termAtt.setEmpty().append(pending.poll());
    }
    if (!pending.isEmpty()) {
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
