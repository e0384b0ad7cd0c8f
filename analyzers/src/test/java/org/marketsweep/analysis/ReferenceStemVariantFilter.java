package org.marketsweep.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Adds each word's stem, tagged with its language ({@code tusk#en}), at the word's position:
 * a listing in English keeps {@code tusks} and gains {@code tusk#en}; a rule term gains its
 * stem in each language the rule is written for. Stems therefore match stems of the same
 * language only: a German rule word never meets a French listing word through two stemmers
 * that happen to agree ({@code buch} / {@code bûches}), and plain forms still match plain
 * forms. The stem is emitted even when it equals the word, so that {@code tusk} in a listing
 * meets {@code tusks} in a rule.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceStemVariantFilter extends ReferenceVariantTokenFilter {
  /** Separates a stem from its language; the tokenizer never keeps it inside a word. */
  public static final char LANGUAGE_TAG = '#';

  private final List<String> languages;
  private final List<Stemmers.WordStemmer> stemmers;

  public ReferenceStemVariantFilter(TokenStream input, List<String> languages) {
    super(input);
    this.languages = List.copyOf(languages);
    this.stemmers = languages.stream().map(Stemmers::create).toList();
  }

  /**
   * A stem shorter than three letters or than half the word is dropped: a stemmer fed a word
   * of another language returns fragments that would match unrelated words.
   */
  static boolean isPlausible(String stem, String word) {
    return stem.length() >= 3 && 2 * stem.length() >= word.length();
  }

  @Override
  boolean variants(char[] term, int length, List<String> variants) {
    if (length < 3) {
      return true;
    }
    String word = new String(term, 0, length);
    for (int i = 0; i < stemmers.size(); i++) {
      String stem = stemmers.get(i).stem(word);
      if (isPlausible(stem, word)) {
        variants.add(stem + LANGUAGE_TAG + languages.get(i));
      }
    }
    return true;
  }
}
