package org.marketsweep.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.Reader;

/**
 * Removes emoji and pictographs. Between two letters they are deleted, so that {@code i🐘vory}
 * reads {@code ivory}; elsewhere they become spaces, so that {@code rhino 🦏 horn} stays a
 * phrase of two words.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceEmojiCharFilter extends ReferenceWholeInputCharFilter {

  public ReferenceEmojiCharFilter(Reader in) {
    super(in);
  }

  @Override
  void transform(CharSequence input, StringBuilder output) {
    int[] shrink = {0};
    int i = 0;
    while (i < input.length()) {
      int cp = Character.codePointAt(input, i);
      if (!isEmojiPart(cp)) {
        output.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < input.length() && isEmojiPart(Character.codePointAt(input, end))) {
        end += Character.charCount(Character.codePointAt(input, end));
      }
      boolean betweenLetters = i > 0 && end < input.length()
          && Character.isLetter(Character.codePointBefore(input, i))
          && Character.isLetter(Character.codePointAt(input, end));
      if (betweenLetters) {
        recordShrink(output, end - i, shrink);
      } else {
        output.append(" ".repeat(end - i));
      }
      i = end;
    }
  }

  /** Below this code point (U+00A9 ©, the first pictograph) nothing is an emoji part. */
  static final int FIRST_EMOJI_PART = 0xA9;

  static boolean isEmojiPart(int cp) {
    return cp >= FIRST_EMOJI_PART && (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
        || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
        || cp == 0x200D // zero width joiner
        || cp == 0x20E3 // combining enclosing keycap
        || (cp >= 0xFE00 && cp <= 0xFE0F)); // variation selectors
  }
}
