package org.marketsweep.analysis;

import com.ibm.icu.text.Normalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalises each term as Lucene's {@code ICUNormalizer2Filter} does, with the same output,
 * but looks most words up in a {@link NormalizerTable} first: ICU's quick check and
 * normalisation walk a trie per char and showed in profiles of a scan, while listing words are
 * almost all lower- or upper-case letters that normalise one by one.
 */
public final class TableNormalizerFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final NormalizerTable table;
  private final StringBuilder buffer = new StringBuilder();

  TableNormalizerFilter(TokenStream input, NormalizerTable table) {
    super(input);
    this.table = table;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!table.normalizeInPlace(termAtt.buffer(), termAtt.length())
        && table.normalizer.quickCheck(termAtt) != Normalizer.YES) {
      buffer.setLength(0);
      table.normalizer.normalize(termAtt, buffer);
      termAtt.setEmpty().append(buffer);
    }
    return true;
  }
}
