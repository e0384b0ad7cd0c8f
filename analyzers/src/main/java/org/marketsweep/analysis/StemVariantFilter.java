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
 * <p>This runs on every word of every listing: see {@link TaggedStems} for how the stems are
 * made without strings.
 */
public final class StemVariantFilter extends VariantTokenFilter {
  /** Separates a stem from its language; the tokenizer never keeps it inside a word. */
  public static final char LANGUAGE_TAG = '#';

  private final TaggedStems stems;

  public StemVariantFilter(TokenStream input, List<String> languages) {
    super(input);
    this.stems = new TaggedStems(languages);
  }

  /**
   * A stem shorter than three letters or than half the word is dropped: a stemmer fed a word
   * of another language returns fragments that would match unrelated words.
   */
  static boolean isPlausible(String stem, String word) {
    return isPlausible(stem.length(), word.length());
  }

  static boolean isPlausible(int stemLength, int wordLength) {
    return stemLength >= 3 && 2 * stemLength >= wordLength;
  }

  @Override
  boolean variants(char[] term, int length, Variants variants) {
    stems.add(term, length, variants);
    return true;
  }
}
