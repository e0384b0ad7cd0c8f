package org.marketsweep.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Base of the filters that read a word a second way: each variant is emitted at the same
 * position and offsets as the word itself (like a synonym), so a rule term matches either
 * reading and phrases keep working. Keyword-marked tokens pass unchanged.
 *
 * <p>The stem filter gives almost every word a variant, so what the variants cost matters:
 * they are written into a reused {@link Variants} buffer, and when the stream carries only
 * the usual token attributes ({@link PlainTokens}) the word's other attributes are kept in
 * fields rather than in a cloned {@link AttributeSource.State}. Streams with further
 * attributes capture and restore the state.
 */
abstract class VariantTokenFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final Variants variants = new Variants();
  /** Index of the next variant to emit; none pending when equal to the variant count. */
  private int next;
  /** Whether this stream's attributes are all kept in the fields below. */
  private boolean plain;
  private AttributeSource.State state;
  private OffsetAttribute offsetAtt;
  private TypeAttribute typeAtt;
  private PositionLengthAttribute posLenAtt;
  private TermFrequencyAttribute termFreqAtt;
  private int startOffset;
  private int endOffset;
  private String type;
  private int positionLength;
  private int termFrequency;

  VariantTokenFilter(TokenStream input) {
    super(input);
  }

  /**
   * Adds to {@code variants} the other readings of {@code term[0..length)}, none equal to the
   * term itself.
   *
   * @return whether the original reading is kept (false replaces it by the first variant)
   */
  abstract boolean variants(char[] term, int length, Variants variants);

  @Override
  public final boolean incrementToken() throws IOException {
    if (next < variants.size()) {
      if (plain) {
        offsetAtt.setOffset(startOffset, endOffset);
        typeAtt.setType(type);
        posLenAtt.setPositionLength(positionLength);
        termFreqAtt.setTermFrequency(termFrequency);
        keywordAtt.setKeyword(false);
      } else {
        restoreState(state);
      }
      termAtt.copyBuffer(variants.buffer(), variants.start(next), variants.length(next));
      next++;
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) {
      return true;
    }
    variants.clear();
    next = 0;
    boolean keepOriginal = variants(termAtt.buffer(), termAtt.length(), variants);
    if (variants.isEmpty()) {
      return true;
    }
    if (!keepOriginal) {
      termAtt.copyBuffer(variants.buffer(), variants.start(0), variants.length(0));
      next = 1;
    }
    if (next < variants.size()) {
      if (plain) {
        startOffset = offsetAtt.startOffset();
        endOffset = offsetAtt.endOffset();
        type = typeAtt.type();
        positionLength = posLenAtt.getPositionLength();
        termFrequency = termFreqAtt.getTermFrequency();
      } else {
        state = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    variants.clear();
    next = 0;
    state = null;
    plain = PlainTokens.isPlain(this);
    if (plain && offsetAtt == null) {
      offsetAtt = addAttribute(OffsetAttribute.class);
      typeAtt = addAttribute(TypeAttribute.class);
      posLenAtt = addAttribute(PositionLengthAttribute.class);
      termFreqAtt = addAttribute(TermFrequencyAttribute.class);
    }
  }
}
