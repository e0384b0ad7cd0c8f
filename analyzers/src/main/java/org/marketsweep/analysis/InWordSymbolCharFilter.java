package org.marketsweep.analysis;

import java.io.Reader;
import java.util.Map;

/**
 * Reads symbols used as letters inside words: {@code iv@ry}, {@code $upreme}, {@code rol!ex}.
 * A symbol is swapped when it stands between two letters, or at the start of a word followed
 * by two letters; prices ({@code $25}) and sentence punctuation ({@code now!}) are left alone.
 * The swaps are data (see {@code leet-symbols.txt}); each swap is one char for one char, so
 * offsets need no correction.
 */
public final class InWordSymbolCharFilter extends WholeInputCharFilter {
  private final Map<Integer, String> swaps;
  private final MappedChars mapped;
  /** Whether every swap is one char, so the output can be a copy of the input, patched. */
  private final boolean oneForOne;

  public InWordSymbolCharFilter(Reader in, Map<Integer, String> swaps) {
    this(in, swaps, new MappedChars(swaps.keySet()), isOneForOne(swaps));
  }

  /**
   * @param mapped the keys of {@code swaps} (made once by the factory)
   * @param oneForOne {@link #isOneForOne} of {@code swaps}
   */
  InWordSymbolCharFilter(Reader in, Map<Integer, String> swaps, MappedChars mapped,
      boolean oneForOne) {
    super(in);
    this.swaps = swaps;
    this.mapped = mapped;
    this.oneForOne = oneForOne;
  }

  /** Whether every swap is one char. */
  static boolean isOneForOne(Map<Integer, String> swaps) {
    return swaps.values().stream().allMatch(to -> to.length() == 1);
  }

  @Override
  Output transform(char[] input, int length) {
    Output output = null;
    for (int i = 0; i < length; i++) {
      char c = input[i];
      String swap = mapped.contains(c) ? swaps.get((int) c) : null;
      if (swap != null && isInWord(input, length, i)) {
        if (oneForOne) {
          if (output == null) {
            output = new Output(length);
            output.append(input, 0, length);
          }
          output.chars[i] = swap.charAt(0);
          continue;
        }
        if (output == null) {
          output = new Output(length + 16);
          output.append(input, 0, i);
        }
        output.append(swap);
      } else if (output != null && !oneForOne) {
        output.append(c);
      }
    }
    return output;
  }

  private static boolean isInWord(char[] s, int length, int i) {
    boolean letterBefore = i > 0 && Character.isLetter(s[i - 1]);
    boolean letterAfter = i + 1 < length && Character.isLetter(s[i + 1]);
    if (letterBefore && letterAfter) {
      return true;
    }
    boolean wordStart = i == 0 || Character.isWhitespace(s[i - 1]);
    return wordStart && letterAfter && i + 2 < length && Character.isLetter(s[i + 2]);
  }
}
