package org.marketsweep.analysis;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * What an ICU normaliser does to each char of the Basic Multilingual Plane, where that does
 * not depend on the neighbours: a char that always has a normalisation boundary before it and
 * normalises to one char. A word made only of such chars normalises char by char (each is a
 * segment of its own), which is a table look-up instead of ICU's trie walks; almost every
 * listing word qualifies (letters of Latin, Greek, Cyrillic and most other scripts, digits,
 * in either case). Other chars (combining marks, surrogates, chars that expand such as
 * {@code ß} or {@code ﬁ}) map to {@link #FALLBACK}, and the word goes to ICU.
 */
final class NormalizerTable {
  /** Marks a char the table cannot normalise on its own. */
  static final char FALLBACK = '\uffff';

  /** NFKC with case folding, as {@code icuNormalizer2} with {@code name=nfkc_cf}. */
  static final NormalizerTable NFKC_CF = new NormalizerTable(
      Normalizer2.getNFKCCasefoldInstance());
  /** Unicode TR 30 folding, as {@code icuFolding}. */
  static final NormalizerTable FOLDING = new NormalizerTable(ICUFoldingFilter.NORMALIZER);

  final Normalizer2 normalizer;
  private final char[] map = new char[Character.MAX_VALUE + 1];

  NormalizerTable(Normalizer2 normalizer) {
    this.normalizer = normalizer;
    if (!normalizer.isInert(FALLBACK)) {
      // FALLBACK maps to itself in the table, which is only right if ICU agrees.
      throw new IllegalStateException("U+FFFF is not normalisation-inert");
    }
    StringBuilder one = new StringBuilder(1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      map[c] = FALLBACK;
      if (Character.isSurrogate((char) c) || !normalizer.hasBoundaryBefore(c)) {
        continue;
      }
      one.setLength(0);
      one.append((char) c);
      String normalized = normalizer.normalize(one);
      if (normalized.length() == 1) {
        map[c] = normalized.charAt(0);
      }
    }
  }

  /** The normal form of {@code c} when it stands alone, or {@link #FALLBACK}. */
  char map(char c) {
    return map[c];
  }

  /**
   * Normalises {@code term[0..length)} in place when every char has a table entry.
   *
   * @return false (term untouched) when some char needs ICU
   */
  boolean normalizeInPlace(char[] term, int length) {
    char[] map = this.map;
    int i = 0;
    while (i < length && map[term[i]] == term[i]) {
      i++;
    }
    if (i == length) {
      return true;
    }
    for (int j = i; j < length; j++) {
      if (map[term[j]] == FALLBACK) {
        return false;
      }
    }
    for (int j = i; j < length; j++) {
      term[j] = map[term[j]];
    }
    return true;
  }
}
