package org.marketsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-char tables agree with ICU: on every ASCII char, on every char they map, and on random words of mapped chars (the reason a
 * word may be normalised char by char).
 */
class NormalizerTableTest {
  private static final NormalizerTable[] TABLES = {NormalizerTable.NFKC_CF,
      NormalizerTable.FOLDING};

  /**
   * NFKC case folding of ASCII is ASCII lower-casing; so is TR 30 folding, except that it
   * deletes {@code ^} and {@code `} (spacing accents), which the folding table leaves to ICU.
   */
  @Test
  void asciiIsLowerCased() {
    for (NormalizerTable table : TABLES) {
      boolean folding = table == NormalizerTable.FOLDING;
      StringBuilder all = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        if (folding && (c == '^' || c == '`')) {
          assertEquals("", table.normalizer.normalize(String.valueOf(c)), "U+" + (int) c);
          assertEquals(NormalizerTable.FALLBACK, table.map(c), "U+" + (int) c);
          continue;
        }
        assertEquals(lower, table.normalizer.normalize(String.valueOf(c)), "U+" + (int) c);
        assertEquals(lower.charAt(0), table.map(c), "U+" + (int) c);
        all.append(c);
      }
      char[] word = all.toString().toCharArray();
      String expected = all.toString().toLowerCase(Locale.ROOT);
      assertEquals(expected, table.normalizer.normalize(all));
      assertTrue(table.normalizeInPlace(word, word.length));
      assertEquals(expected, new String(word));
    }
  }

  @Test
  void everyMappedCharAsIcu() {
    for (NormalizerTable table : TABLES) {
      int mapped = 0;
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char m = table.map((char) c);
        if (m != NormalizerTable.FALLBACK) {
          mapped++;
          assertEquals(table.normalizer.normalize(String.valueOf((char) c)), String.valueOf(m),
              "U+" + Integer.toHexString(c));
        }
      }
      assertTrue(mapped > 50_000, mapped + " chars mapped");
    }
  }

  @Test
  void wordsOfMappedCharsAsIcu() {
    Random r = new Random(3);
    for (NormalizerTable table : TABLES) {
      for (int n = 0; n < 200_000; n++) {
        char[] word = new char[1 + r.nextInt(8)];
        for (int i = 0; i < word.length; i++) {
          char c;
          do {
            c = (char) (r.nextInt(4) == 0 ? r.nextInt(0x10000) : r.nextInt(0x600));
          } while (table.map(c) == NormalizerTable.FALLBACK);
          word[i] = c;
        }
        String expected = table.normalizer.normalize(new String(word));
        assertTrue(table.normalizeInPlace(word, word.length));
        assertEquals(expected, new String(word));
      }
    }
  }
}
