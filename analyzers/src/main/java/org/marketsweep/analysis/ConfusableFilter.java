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
  private final MappedChars lookalikes;

  public ConfusableFilter(TokenStream input, Map<Integer, List<String>> latin) {
    super(input);
    this.latin = latin;
    this.lookalikes = new MappedChars(latin.keySet());
  }

  @Override
  boolean variants(char[] term, int length, Variants variants) {
    if (!hasLookalike(term, length)) {
      return true;
    }
    boolean hasLatin = false;
    boolean allMappable = true;
    for (int i = 0; i < length; i++) {
      char c = term[i];
      hasLatin |= c < 0x250 && Character.isLetter(c);
      allMappable &= lookalikes.contains(c) || !Character.isLetter(c) || c < 0x250;
    }
    if (!allMappable) {
      return true;
    }
    variants.begin();
    for (int i = 0; i < length; i++) {
      List<String> to = lookalikes.contains(term[i]) ? latin.get((int) term[i]) : null;
      if (to == null) {
        variants.append(term[i]);
      } else {
        variants.append(to.get(0));
      }
    }
    variants.end();
    return !hasLatin;
  }

  private boolean hasLookalike(char[] term, int length) {
    for (int i = 0; i < length; i++) {
      if (lookalikes.contains(term[i])) {
        return true;
      }
    }
    return false;
  }
}
