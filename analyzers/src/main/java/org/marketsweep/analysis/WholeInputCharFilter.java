package org.marketsweep.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that reads its whole input once, rewrites it, and serves the result with
 * corrected offsets. Listing texts are short (titles and descriptions), so buffering the
 * input is cheaper than a streaming state machine and keeps each subclass a few lines long.
 *
 * <p>Input and output are plain char arrays, and a subclass that finds nothing to rewrite
 * (most listings have no emoji and no symbol inside a word) serves the input as it is, with
 * no copy and no offset corrections.
 */
abstract class WholeInputCharFilter extends BaseCharFilter {
  private char[] text = new char[1024];
  private int length;
  private boolean transformed;
  private int readPosition;

  WholeInputCharFilter(Reader in) {
    super(in);
  }

  /**
   * Rewrites {@code input[0..length)}: returns null when there is nothing to rewrite, else
   * the rewritten text (calling {@link #recordShrink} after each place where the output
   * became shorter than the input).
   */
  abstract Output transform(char[] input, int length);

  /** A growable char array the rewritten text is written to. */
  static final class Output {
    char[] chars;
    int length;

    Output(int capacity) {
      chars = new char[capacity];
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, 2 * length + 16);
      }
      chars[length++] = c;
    }

    void append(char[] source, int offset, int n) {
      if (length + n > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(length + n, 2 * length + 16));
      }
      System.arraycopy(source, offset, chars, length, n);
      length += n;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    void appendCodePoint(int cp) {
      if (Character.isBmpCodePoint(cp)) {
        append((char) cp);
      } else {
        append(Character.highSurrogate(cp));
        append(Character.lowSurrogate(cp));
      }
    }
  }

  /** Records that the output is {@code removed} chars shorter than the input from here on. */
  final void recordShrink(Output output, int removed, int[] cumulative) {
    cumulative[0] += removed;
    addOffCorrectMap(output.length, cumulative[0]);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (!transformed) {
      transformed = true;
      readAll();
      Output out = transform(text, length);
      if (out != null) {
        text = out.chars;
        length = out.length;
      }
    }
    if (readPosition >= length) {
      return -1;
    }
    int n = Math.min(len, length - readPosition);
    System.arraycopy(text, readPosition, cbuf, off, n);
    readPosition += n;
    return n;
  }

  private void readAll() throws IOException {
    for (int n = input.read(text, length, text.length - length); n != -1;
        n = input.read(text, length, text.length - length)) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, 2 * text.length);
      }
    }
  }
}
