package org.marketsweep.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Adds the stem of each word, in each of the given languages, at the word's position: a
 * listing keeps {@code tusks} and gains {@code tusk}; a rule term gains the stems of the
 * languages the rule is written for. Matching then works on plain forms and on stems alike.
 */
public final class StemVariantFilter extends VariantTokenFilter {
  private final List<Stemmers.WordStemmer> stemmers;

  public StemVariantFilter(TokenStream input, List<String> languages) {
    super(input);
    this.stemmers = languages.stream().map(Stemmers::create).toList();
  }

  /**
   * A stem shorter than three letters or than half the word is dropped: a stemmer fed a word
   * of another language (Stempel given {@code baby}) returns fragments that would match
   * unrelated words.
   */
  static boolean isPlausible(String stem, String word) {
    return stem.length() >= 3 && 2 * stem.length() >= word.length() && !stem.equals(word);
  }

  @Override
  boolean variants(char[] term, int length, List<String> variants) {
    if (length < 3) {
      return true;
    }
    String word = new String(term, 0, length);
    for (Stemmers.WordStemmer stemmer : stemmers) {
      String stem = stemmer.stem(word);
      if (isPlausible(stem, word)) {
        variants.add(stem);
      }
    }
    return true;
  }
}
