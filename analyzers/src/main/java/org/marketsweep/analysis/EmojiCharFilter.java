package org.marketsweep.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.Reader;

/**
 * Removes emoji and pictographs. Between two letters they are deleted, so that {@code i🐘vory}
 * reads {@code ivory}; elsewhere they become spaces, so that {@code rhino 🦏 horn} stays a
 * phrase of two words.
 */
public final class EmojiCharFilter extends WholeInputCharFilter {

  public EmojiCharFilter(Reader in) {
    super(in);
  }

  @Override
  Output transform(char[] input, int length) {
    int i = firstEmojiPart(input, length);
    if (i == length) {
      return null;
    }
    Output output = new Output(length + 16);
    output.append(input, 0, i);
    int[] shrink = {0};
    while (i < length) {
      int cp = Character.codePointAt(input, i, length);
      if (!isEmojiPart(cp)) {
        output.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < length && isEmojiPart(Character.codePointAt(input, end, length))) {
        end += Character.charCount(Character.codePointAt(input, end, length));
      }
      boolean betweenLetters = i > 0 && end < length
          && Character.isLetter(Character.codePointBefore(input, i, 0))
          && Character.isLetter(Character.codePointAt(input, end, length));
      if (betweenLetters) {
        recordShrink(output, end - i, shrink);
      } else {
        for (int k = i; k < end; k++) {
          output.append(' ');
        }
      }
      i = end;
    }
    return output;
  }

  /**
   * Where the first emoji part starts, or {@code length}: code point by code point, as the
   * rewrite walks, but a char below {@link #FIRST_EMOJI_PART} costs one compare.
   */
  private static int firstEmojiPart(char[] input, int length) {
    for (int i = 0; i < length; i++) {
      char c = input[i];
      if (c < FIRST_EMOJI_PART) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(input[i + 1])) {
        if (isEmojiPart(Character.toCodePoint(c, input[i + 1]))) {
          return i;
        }
        i++;
      } else if (isEmojiPart(c)) {
        return i;
      }
    }
    return length;
  }

  /** Below this code point (U+00A9 ©, the first pictograph) nothing is an emoji part. */
  static final int FIRST_EMOJI_PART = 0xA9;

  /** Code points below this are looked up in {@link #EMOJI_PARTS}: planes 0 and 1. */
  private static final int TABLE_END = 0x20000;
  /** {@link #isEmojiPartOfUnicode} of each code point below {@link #TABLE_END}, as bits. */
  private static final long[] EMOJI_PARTS = emojiParts();

  private static long[] emojiParts() {
    long[] bits = new long[TABLE_END >>> 6];
    for (int cp = FIRST_EMOJI_PART; cp < TABLE_END; cp++) {
      if (isEmojiPartOfUnicode(cp)) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return bits;
  }

  /**
   * Whether {@code cp} is part of an emoji: from a table for the Basic Multilingual Plane and
   * the plane of the emoji (every char of every listing is looked up), else from the Unicode
   * properties.
   */
  static boolean isEmojiPart(int cp) {
    return cp < TABLE_END ? (EMOJI_PARTS[cp >>> 6] & (1L << cp)) != 0
        : isEmojiPartOfUnicode(cp);
  }

  static boolean isEmojiPartOfUnicode(int cp) {
    return cp >= FIRST_EMOJI_PART && (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
        || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
        || cp == 0x200D // zero width joiner
        || cp == 0x20E3 // combining enclosing keycap
        || (cp >= 0xFE00 && cp <= 0xFE0F)); // variation selectors
  }
}
