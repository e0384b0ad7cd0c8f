package org.marketsweep.analysis;


/**
 * Reads stretched words: {@code ivorrry} also reads {@code ivory} and {@code ivorry},
 * {@code guuucci} {@code gucci}. Runs of three or more equal letters are read once and twice.
 * Doubled letters are left alone: read once they would turn ordinary words into brands
 * ({@code channel} into {@code chanel}).
 */
public final class RepeatedLetterFilter extends VariantTokenFilter {

  public RepeatedLetterFilter(org.apache.lucene.analysis.TokenStream input) {
    super(input);
  }

  @Override
  boolean variants(char[] term, int length, Variants variants) {
    if (!hasLongLetterRun(term, length)) {
      return true;
    }
    collapse(term, length, 3, 1, variants);
    collapse(term, length, 3, 2, variants);
    return true;
  }

  /** Rewrites each run of at least {@code min} equal letters as {@code keep} letters. */
  private static void collapse(char[] term, int length, int min, int keep, Variants out) {
    out.begin();
    int i = 0;
    while (i < length) {
      int end = i + 1;
      while (end < length && term[end] == term[i]) {
        end++;
      }
      int run = end - i;
      int copies = run >= min && Character.isLetter(term[i]) ? keep : run;
      for (int c = 0; c < copies; c++) {
        out.append(term[i]);
      }
      i = end;
    }
    out.end();
  }

  /**
   * Whether some letter is repeated three times or more in a row. Only such runs ask whether
   * their char is a letter (a run is of one char), so ordinary words cost one pass of compares.
   */
  private static boolean hasLongLetterRun(char[] term, int length) {
    int run = 0;
    for (int i = 0; i < length; i++) {
      run = i > 0 && term[i] == term[i - 1] ? run + 1 : 1;
      if (run == 3 && Character.isLetter(term[i])) {
        return true;
      }
    }
    return false;
  }
}
