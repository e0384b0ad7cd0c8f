package org.marketsweep.analysis;

import java.util.List;

/**
 * Reads stretched words: {@code ivorrry} also reads {@code ivory} and {@code ivorry},
 * {@code guuucci} {@code gucci}. Runs of three or more equal letters are read once and twice.
 * Doubled letters are left alone: read once they would turn ordinary words into brands
 * ({@code channel} into {@code chanel}).
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceRepeatedLetterFilter extends ReferenceVariantTokenFilter {

  public ReferenceRepeatedLetterFilter(org.apache.lucene.analysis.TokenStream input) {
    super(input);
  }

  @Override
  boolean variants(char[] term, int length, List<String> variants) {
    if (longestLetterRun(term, length) < 3) {
      return true;
    }
    variants.add(collapse(term, length, 3, 1));
    variants.add(collapse(term, length, 3, 2));
    return true;
  }

  /** Rewrites each run of at least {@code min} equal letters as {@code keep} letters. */
  private static String collapse(char[] term, int length, int min, int keep) {
    StringBuilder out = new StringBuilder(length);
    int i = 0;
    while (i < length) {
      int end = i + 1;
      while (end < length && term[end] == term[i]) {
        end++;
      }
      int run = end - i;
      int copies = Character.isLetter(term[i]) && run >= min ? keep : run;
      for (int c = 0; c < copies; c++) {
        out.append(term[i]);
      }
      i = end;
    }
    return out.toString();
  }

  private static int longestLetterRun(char[] term, int length) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < length; i++) {
      run = i > 0 && term[i] == term[i - 1] ? run + 1 : 1;
      if (Character.isLetter(term[i])) {
        longest = Math.max(longest, run);
      }
    }
    return longest;
  }
}
