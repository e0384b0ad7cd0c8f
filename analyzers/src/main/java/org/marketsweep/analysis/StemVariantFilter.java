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
 * <p>This runs on every word of every listing, so Lucene's light stemmers stem a reused array
 * in place and the stem goes straight into the variant buffer, without strings (the Dutch and
 * Polish stemmers work on strings only).
 */
public final class StemVariantFilter extends VariantTokenFilter {
  /** Separates a stem from its language; the tokenizer never keeps it inside a word. */
  public static final char LANGUAGE_TAG = '#';

  /** Per language, its in-place stemmer, or null to use {@link #stringStemmers}. */
  private final Stemmers.InPlace[] inPlace;
  /** Per language, what follows a stem: {@link #LANGUAGE_TAG} and the language. */
  private final char[][] tags;
  private final Stemmers.WordStemmer[] stringStemmers;
  /** Per length, a reused array of exactly that length for the in-place stemmers. */
  private char[][] scratch = new char[32][];

  public StemVariantFilter(TokenStream input, List<String> languages) {
    super(input);
    this.inPlace = languages.stream().map(Stemmers::createInPlace)
        .toArray(Stemmers.InPlace[]::new);
    this.tags = languages.stream().map(l -> (LANGUAGE_TAG + l).toCharArray())
        .toArray(char[][]::new);
    this.stringStemmers = languages.stream().map(Stemmers::create)
        .toArray(Stemmers.WordStemmer[]::new);
  }

  /**
   * A stem shorter than three letters or than half the word is dropped: a stemmer fed a word
   * of another language returns fragments that would match unrelated words.
   */
  static boolean isPlausible(String stem, String word) {
    return isPlausible(stem.length(), word.length());
  }

  private static boolean isPlausible(int stemLength, int wordLength) {
    return stemLength >= 3 && 2 * stemLength >= wordLength;
  }

  @Override
  boolean variants(char[] term, int length, Variants variants) {
    if (length < 3) {
      return true;
    }
    String word = null;
    for (int i = 0; i < inPlace.length; i++) {
      if (inPlace[i] != null) {
        char[] chars = scratch(length);
        System.arraycopy(term, 0, chars, 0, length);
        int stemLength = inPlace[i].stem(chars, length);
        if (isPlausible(stemLength, length)) {
          variants.begin();
          variants.append(chars, 0, stemLength);
          variants.append(tags[i], 0, tags[i].length);
          variants.end();
        }
      } else {
        if (word == null) {
          word = new String(term, 0, length);
        }
        String stem = stringStemmers[i].stem(word);
        if (isPlausible(stem, word)) {
          variants.begin();
          variants.append(stem);
          variants.append(tags[i], 0, tags[i].length);
          variants.end();
        }
      }
    }
    return true;
  }

  /** A reused array of exactly {@code length} chars (the stemmers see no spare room). */
  private char[] scratch(int length) {
    if (length >= scratch.length) {
      scratch = java.util.Arrays.copyOf(scratch, Math.max(length + 1, 2 * scratch.length));
    }
    char[] chars = scratch[length];
    if (chars == null) {
      chars = scratch[length] = new char[length];
    }
    return chars;
  }
}
