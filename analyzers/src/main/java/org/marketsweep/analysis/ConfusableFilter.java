package org.marketsweep.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads Cyrillic and Greek look-alikes as the Latin letters they imitate. A word that mixes
 * Latin letters with look-alikes ({@code ivоry} with a Cyrillic {@code о}) is replaced by its
 * Latin reading; a word made only of look-alikes ({@code рор}) keeps its own reading and gains
 * the Latin one as a variant, so genuine Cyrillic or Greek text still matches its own terms.
 */
public final class ConfusableFilter extends VariantTokenFilter {
  private final Map<Integer, List<String>> latin;

  public ConfusableFilter(TokenStream input, Map<Integer, List<String>> latin) {
    super(input);
    this.latin = latin;
  }

  @Override
  boolean variants(char[] term, int length, List<String> variants) {
    boolean hasLatin = false;
    boolean hasLookalike = false;
    boolean allMappable = true;
    for (int i = 0; i < length; i++) {
      char c = term[i];
      boolean lookalike = latin.containsKey((int) c);
      hasLookalike |= lookalike;
      hasLatin |= c < 0x250 && Character.isLetter(c);
      allMappable &= lookalike || !Character.isLetter(c) || c < 0x250;
    }
    if (!hasLookalike || !allMappable) {
      return true;
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      List<String> to = latin.get((int) term[i]);
      out.append(to == null ? String.valueOf(term[i]) : to.get(0));
    }
    variants.add(out.toString());
    return !hasLatin;
  }
}
