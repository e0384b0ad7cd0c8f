package org.marketsweep.analysis;

import java.util.List;

/**
 * A word's stems in some languages, each tagged with its language ({@code tusk#en}), as
 * {@link StemVariantFilter} adds them: a stem shorter than three letters or than half the
 * word is dropped, and words shorter than three letters have none. Lucene's light stemmers
 * stem a reused array in place and the stem goes straight into the variant buffer, without
 * strings (the Dutch and Polish stemmers work on strings only). Not thread-safe.
 */
final class TaggedStems {
  /** Shorter words have no stems. */
  static final int MIN_WORD_LENGTH = 3;
  /** Per language, its in-place stemmer, or null to use {@link #stringStemmers}. */
  private final Stemmers.InPlace[] inPlace;
  /** Per language, what follows a stem: the tag char and the language. */
  private final char[][] tags;
  private final Stemmers.WordStemmer[] stringStemmers;
  /** Per length, a reused array of exactly that length for the in-place stemmers. */
  private char[][] scratch = new char[32][];

  TaggedStems(List<String> languages) {
    this.inPlace = languages.stream().map(Stemmers::createInPlace)
        .toArray(Stemmers.InPlace[]::new);
    this.tags = languages.stream()
        .map(l -> (StemVariantFilter.LANGUAGE_TAG + l).toCharArray())
        .toArray(char[][]::new);
    this.stringStemmers = languages.stream().map(Stemmers::create)
        .toArray(Stemmers.WordStemmer[]::new);
  }

  /** Adds the tagged stems of {@code term[0..length)} to {@code variants}. */
  void add(char[] term, int length, Variants variants) {
    if (length < MIN_WORD_LENGTH) {
      return;
    }
    String word = null;
    for (int i = 0; i < inPlace.length; i++) {
      if (inPlace[i] != null) {
        char[] chars = scratch(length);
        System.arraycopy(term, 0, chars, 0, length);
        int stemLength = inPlace[i].stem(chars, length);
        if (StemVariantFilter.isPlausible(stemLength, length)) {
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
        if (StemVariantFilter.isPlausible(stem, word)) {
          variants.begin();
          variants.append(stem);
          variants.append(tags[i], 0, tags[i].length);
          variants.end();
        }
      }
    }
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
