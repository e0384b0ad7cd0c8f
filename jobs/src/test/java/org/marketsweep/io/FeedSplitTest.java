package org.marketsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.jobs.TestSpark;

/**
 * A JSONL feed cut into parts parses to exactly the rows and rejects of the whole file, with
 * the file's own line numbers: blank lines, CRLF, invalid JSON, invalid UTF-8 and multi-byte
 * characters around the cuts.
 */
class FeedSplitTest {
  private final ListingParser parser =
      new ListingParser(FeedMapping.identity().withDefaultMarketplace("m"));

  @TempDir
  Path dir;

  /** Rows of every kind, in a seeded order. */
  private static byte[] feed(int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Random r = new Random(3);
    for (int i = 0; i < rows; i++) {
      switch (r.nextInt(8)) {
        case 0 -> out.write("\n".getBytes(StandardCharsets.UTF_8));
        case 1 -> out.write("{not json\n".getBytes(StandardCharsets.UTF_8));
        case 2 -> {
          out.write(("{\"listing_id\":\"b" + i + "\",\"title\":\"Caf").getBytes(
              StandardCharsets.UTF_8));
          out.write(0xE9);
          out.write("\",\"observed_at\":\"2026-11-01\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        case 3 -> out.write(("{\"listing_id\":\"c" + i + "\",\"title\":\"Elfenbein Schnitzerei"
            + " \u8c61\u7259 \ud83d\udc18\",\"observed_at\":\"2026-11-01\"}\r\n")
            .getBytes(StandardCharsets.UTF_8));
        case 4 -> out.write(("{\"listing_id\":\"n" + i + "\",\"observed_at\":\"2026-11-01\"}\n")
            .getBytes(StandardCharsets.UTF_8));
        default -> out.write(("{\"listing_id\":\"" + i + "\",\"title\":\"Carved ivory netsuke "
            + "x".repeat(r.nextInt(300)) + "\",\"price\":" + i + ",\"observed_at\":"
            + "\"2026-11-01T0" + r.nextInt(10) + ":00:00Z\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    out.write("{\"listing_id\":\"last\",\"title\":\"no newline\",\"observed_at\":\"2026-11-01\"}"
        .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static List<String> describe(java.util.Iterator<FeedFileParser.Parsed<ListingRecord>> it) {
    List<String> rows = new ArrayList<>();
    it.forEachRemaining(p -> rows.add(p.line() + " " + (p.record() != null ? p.record()
        : p.reject())));
    return rows;
  }

  @Test
  void partsParseToTheRowsOfTheWholeFile() throws IOException {
    byte[] bytes = feed(3000);
    Path file = Files.write(dir.resolve("feed.jsonl"), bytes);
    Configuration conf = new Configuration();
    FileSystem fs = FileSystem.getLocal(conf);
    List<String> whole;
    try (InputStream in = Files.newInputStream(file)) {
      whole = describe(FeedFileParser.jsonl(in, file.toString(), parser));
    }
    for (long size : new long[] {1, 100, 4096, 50_000}) {
      List<FeedSplit> splits = FeedSplit.of(conf, file.toString(), size);
      assertTrue(splits.size() > 1, size + ": " + splits.size());
      List<String> parts = new ArrayList<>();
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (FeedSplit s : splits) {
        try (InputStream in = s.open(fs)) {
          byte[] part = in.readAllBytes();
          joined.write(part);
          assertTrue(s.start() == 0 || bytes[(int) s.start() - 1] == '\n', s.toString());
          parts.addAll(describe(FeedFileParser.jsonl(new java.io.ByteArrayInputStream(part),
              file.toString(), parser, s.firstLine())));
        }
      }
      assertEquals(bytes.length, joined.size());
      assertEquals(whole, parts, "split size " + size);
    }
    assertEquals(List.of(FeedSplit.whole(file.toString())),
        FeedSplit.of(conf, file.toString(), bytes.length));
  }

  @Test
  void partsOfAFileLongerThanTheReadBlockStartAfterTheirLineNumbers() throws IOException {
    byte[] bytes = feed(30_000);
    assertTrue(bytes.length > 3 << 20, "bytes: " + bytes.length);
    Path file = Files.write(dir.resolve("big.jsonl"), bytes);
    for (long size : new long[] {(1 << 20) - 3, 700_001, 3_000_000}) {
      List<FeedSplit> splits = FeedSplit.of(new Configuration(), file.toString(), size);
      long end = 0;
      for (FeedSplit s : splits) {
        assertEquals(end, s.start(), s.toString());
        assertTrue(s.start() == 0 || bytes[(int) s.start() - 1] == '\n', s.toString());
        assertEquals(1 + FeedSplit.lineEnds(bytes, 0, (int) s.start()), s.firstLine(),
            s.toString());
        assertTrue(s.end() == bytes.length || s.end() - s.start() >= size, s.toString());
        end = s.end();
      }
      assertEquals(bytes.length, end);
      assertEquals((bytes.length + size - 1) / size, splits.size(), 1.0, "size " + size);
    }
  }

  @Test
  void countsLineEndsEightBytesAtATime() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      byte[] bytes = new byte[random.nextInt(100)];
      random.nextBytes(bytes);
      for (int i = 0; i < bytes.length; i++) {
        int pick = random.nextInt(6);
        bytes[i] = pick == 0 ? (byte) '\n' : pick == 1 ? (byte) 0x0B : pick == 2 ? (byte) 0x8A
            : pick == 3 ? 0 : bytes[i];
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int expected = 0;
      for (int i = from; i < bytes.length; i++) {
        expected += bytes[i] == '\n' ? 1 : 0;
      }
      assertEquals(expected, FeedSplit.lineEnds(bytes, from, bytes.length));
    }
  }

  @Test
  void sparkReadOfPartsEqualsTheWholeFile() throws IOException {
    Path file = Files.write(dir.resolve("feed.jsonl"), feed(2000));
    var spark = TestSpark.session();
    ListingReader.Result whole = ListingReader.read(spark, file.toString(), parser,
        Long.MAX_VALUE);
    ListingReader.Result parts = ListingReader.read(spark, file.toString(), parser, 20_000);
    try {
      assertEquals(rows(whole.listings()), rows(parts.listings()));
      assertEquals(rows(whole.rejects()), rows(parts.rejects()));
      assertTrue(parts.listings().count() > 800, "listings: " + parts.listings().count());
      assertTrue(parts.rejects().count() > 300, "rejects: " + parts.rejects().count());
    } finally {
      whole.release();
      parts.release();
    }
  }

  private static List<String> rows(org.apache.spark.sql.Dataset<Row> rows) {
    List<String> all = new ArrayList<>(rows.collectAsList().stream().map(Row::toString)
        .toList());
    all.sort(Comparator.naturalOrder());
    return all;
  }
}
