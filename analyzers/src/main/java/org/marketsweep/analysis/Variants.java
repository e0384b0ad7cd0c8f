package org.marketsweep.analysis;

/**
 * The readings a {@link VariantTokenFilter} found for one word, written char by char into one
 * reused buffer: a scan reads millions of words, and a {@code String} (plus its builder) per
 * variant was a visible share of the analysis time. A variant equal to one already added is
 * dropped, so the first reading of each spelling is kept, in order.
 */
final class Variants {
  private char[] chars = new char[64];
  private int[] ends = new int[4];
  private int count;
  private int open;
  private int length;

  /** Forgets all variants. */
  void clear() {
    count = 0;
    length = 0;
  }

  int size() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Starts writing a new variant after the last one. */
  void begin() {
    open = count == 0 ? 0 : ends[count - 1];
    length = open;
  }

  void append(char c) {
    if (length == chars.length) {
      grow(length + 1);
    }
    chars[length++] = c;
  }

  void append(char[] source, int offset, int n) {
    if (length + n > chars.length) {
      grow(length + n);
    }
    System.arraycopy(source, offset, chars, length, n);
    length += n;
  }

  void append(String s) {
    int n = s.length();
    if (length + n > chars.length) {
      grow(length + n);
    }
    s.getChars(0, n, chars, length);
    length += n;
  }

  /** Ends the variant begun last; drops it if it repeats an earlier one. */
  void end() {
    int n = length - open;
    for (int k = 0; k < count; k++) {
      if (length(k) == n && same(chars, start(k), open, n)) {
        length = open;
        return;
      }
    }
    if (count == ends.length) {
      ends = java.util.Arrays.copyOf(ends, 2 * count);
    }
    ends[count++] = length;
  }

  /** Adds a whole variant. */
  void add(String s) {
    begin();
    append(s);
    end();
  }

  char[] buffer() {
    return chars;
  }

  int start(int k) {
    return k == 0 ? 0 : ends[k - 1];
  }

  int length(int k) {
    return ends[k] - start(k);
  }

  /** Variant {@code k} as a string (tests and diagnostics). */
  String get(int k) {
    return new String(chars, start(k), length(k));
  }

  /**
   * Whether {@code a[i..i+n)} equals {@code a[j..j+n)}: variants are short, and a plain loop
   * beats {@code Arrays.equals} (a vectorised mismatch) on a few chars.
   */
  private static boolean same(char[] a, int i, int j, int n) {
    for (int k = 0; k < n; k++) {
      if (a[i + k] != a[j + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow(int min) {
    chars = java.util.Arrays.copyOf(chars, Math.max(min, 2 * chars.length));
  }
}
