package org.marketsweep.analysis;

import java.io.Reader;
import java.util.Map;

/**
 * Reads symbols used as letters inside words: {@code iv@ry}, {@code $upreme}, {@code rol!ex}.
 * A symbol is swapped when it stands between two letters, or at the start of a word followed
 * by two letters; prices ({@code $25}) and sentence punctuation ({@code now!}) are left alone.
 * The swaps are data (see {@code leet-symbols.txt}); each swap is one char for one char, so
 * offsets need no correction.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceInWordSymbolCharFilter extends ReferenceWholeInputCharFilter {
  private final Map<Integer, String> swaps;
  private final MappedChars mapped;

  public ReferenceInWordSymbolCharFilter(Reader in, Map<Integer, String> swaps) {
    this(in, swaps, new MappedChars(swaps.keySet()));
  }

  /** @param mapped the keys of {@code swaps} (made once by the factory) */
  ReferenceInWordSymbolCharFilter(Reader in, Map<Integer, String> swaps, MappedChars mapped) {
    super(in);
    this.swaps = swaps;
    this.mapped = mapped;
  }

  @Override
  void transform(CharSequence input, StringBuilder output) {
    output.ensureCapacity(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      String swap = mapped.contains(c) ? swaps.get((int) c) : null;
      if (swap != null && isInWord(input, i)) {
        output.append(swap);
      } else {
        output.append(c);
      }
    }
  }

  private static boolean isInWord(CharSequence s, int i) {
    boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
    boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
    if (letterBefore && letterAfter) {
      return true;
    }
    boolean wordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
    return wordStart && letterAfter && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2));
  }
}
