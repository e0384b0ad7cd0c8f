package org.marketsweep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * A part of a feed file parsed by one task: bytes {@code [start, end)}, beginning at line
 * {@code firstLine}; {@code end} -1 means the whole file. A large, uncompressed JSONL file on
 * the local file system is cut at line ends into parts of about {@link #SPLIT_BYTES}, so that
 * every core parses (one JSON object per line, so any line end is a row boundary); line numbers
 * stay those of the file, counted once on the driver. CSV (quoted fields may hold line breaks),
 * compressed files and files elsewhere (where the count would read the file twice) stay whole.
 */
public record FeedSplit(String file, long start, long end, long firstLine)
    implements Serializable {
  /** Target size of a part. */
  public static final long SPLIT_BYTES = 32L << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  /** The whole of {@code file}. */
  static FeedSplit whole(String file) {
    return new FeedSplit(file, 0, -1, 1);
  }

  boolean isWhole() {
    return end < 0;
  }

  /** This part's bytes (a part, not a whole file). */
  InputStream open(FileSystem fs) throws IOException {
    FSDataInputStream in = fs.open(new Path(file));
    in.seek(start);
    return new java.io.FilterInputStream(in) {
      private long left = end - start;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        left -= b >= 0 ? 1 : 0;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, left));
        left -= Math.max(0, n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
      }

      @Override
      public int available() throws IOException {
        return (int) Math.min(super.available(), left);
      }
    };
  }

  /** The parts of {@code file}, cut at line ends after every {@code splitBytes}. */
  static List<FeedSplit> of(Configuration conf, String file, long splitBytes) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(conf);
      long size = fs.getFileStatus(path).getLen();
      if (size <= splitBytes || FeedFormat.of(path.getName()) != FeedFormat.JSONL
          || new CompressionCodecFactory(conf).getCodec(path) != null
          || !"file".equals(fs.getUri().getScheme())) {
        return List.of(whole(file));
      }
      return cut(fs.open(path), file, size, splitBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Counts line ends, and cuts after the first one at or past each multiple of the size. */
  private static List<FeedSplit> cut(FSDataInputStream stream, String file, long size,
      long splitBytes) throws IOException {
    List<FeedSplit> splits = new ArrayList<>();
    try (InputStream in = stream) {
      byte[] block = new byte[1 << 20];
      long position = 0;
      long lines = 0;
      long start = 0;
      long startLine = 1;
      long next = splitBytes;
      for (int n; (n = in.readNBytes(block, 0, block.length)) > 0; ) {
        int i = 0;
        while (i < n) {
          // a line end at next - 1 or later closes the part
          long boundary = next - 1 - position;
          if (boundary >= n) {
            lines += lineEnds(block, i, n);
            break;
          }
          if (boundary > i) {
            lines += lineEnds(block, i, (int) boundary);
            i = (int) boundary;
          }
          while (i < n && block[i] != '\n') {
            i++;
          }
          if (i == n) {
            break;
          }
          lines++;
          long after = position + ++i;
          if (after < size) {
            splits.add(new FeedSplit(file, start, after, startLine));
            start = after;
            startLine = lines + 1;
            next = after + splitBytes;
          }
        }
        position += n;
      }
      splits.add(new FeedSplit(file, start, position, startLine));
    }
    return splits;
  }

  /** The {@code '\n'} bytes in {@code bytes[from, to)}, eight at a time. */
  static int lineEnds(byte[] bytes, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
      // the high bit of each byte that was a line end (now zero), exactly
      long zero = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
      count += Long.bitCount(zero);
    }
    for (; i < to; i++) {
      count += bytes[i] == '\n' ? 1 : 0;
    }
    return count;
  }
}
