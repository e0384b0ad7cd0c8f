package org.marketsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<String> lines(String text, int maxBytes) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), maxBytes);
    List<String> out = new ArrayList<>();
    for (int r = lines.read(); r != ByteLines.END; r = lines.read()) {
      out.add(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)
          + (lines.tooLong() ? "…" : "") + (r == ByteLines.LAST ? "$" : ""));
      if (r == ByteLines.LAST) {
        assertEquals(ByteLines.END, lines.read());
        break;
      }
    }
    return out;
  }

  @Test
  void splitsOnNewlinesKeepingEmptyLinesAndALastLineWithoutNewline() throws IOException {
    assertEquals(List.of("a", "", "bc\r", "d$"), lines("a\n\nbc\r\nd", 100));
    assertEquals(List.of("a", "b"), lines("a\nb\n", 100));
    assertEquals(List.of(), lines("", 100));
    assertEquals(List.of(""), lines("\n", 100));
  }

  @Test
  void cutsLongLinesAndReadsOnAfterThem() throws IOException {
    assertEquals(List.of("abc…", "de", "fgh…$"), lines("abcdefg\nde\nfghij", 3));
  }

  @Test
  void linesAcrossReadBlocksAreWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    List<String> read = lines("a\n" + longLine + "\nb", Integer.MAX_VALUE);
    assertEquals(3, read.size());
    assertEquals(longLine, read.get(1));
    assertEquals("b$", read.get(2));
    assertTrue(read.get(0).equals("a"));
    assertFalse(read.get(1).contains("…"));
  }
}
