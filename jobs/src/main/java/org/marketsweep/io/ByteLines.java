package org.marketsweep.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, a block at a time (no call per byte). A line longer
 * than the limit keeps its first {@code maxBytes} bytes and is marked too long; the rest of it
 * is read and dropped.
 */
final class ByteLines {
  /** {@link #read()}: no more bytes. */
  static final int END = -1;
  /** {@link #read()}: a line ended by the end of input, not by a newline. */
  static final int LAST = 0;
  /** {@link #read()}: a line ended by a newline. */
  static final int LINE = 1;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] block = new byte[1 << 16];
  private int position;
  private int filled;
  private byte[] line = new byte[4096];
  private int length;
  private boolean tooLong;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Reads the next line (without its {@code \n}): {@link #LINE}, {@link #LAST} or {@link #END}. */
  int read() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == filled) {
        filled = in.read(block, 0, block.length);
        position = 0;
        if (filled < 0) {
          filled = 0;
          return any ? LAST : END;
        }
      }
      any = true;
      int start = position;
      while (position < filled && block[position] != '\n') {
        position++;
      }
      keep(start, position - start);
      if (position < filled) {
        position++;
        return LINE;
      }
    }
  }

  private void keep(int from, int count) {
    int room = maxBytes - length;
    if (count > room) {
      tooLong = true;
      count = room;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxBytes, 2 * line.length)));
    }
    System.arraycopy(block, from, line, length, count);
    length += count;
  }

  /** The bytes of the line read last; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }
}
