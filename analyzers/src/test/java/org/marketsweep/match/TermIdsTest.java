package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Term lookups by characters give exact ids, whether the term is packed in the table or not. */
class TermIdsTest {

  @Test
  void everyTermIsFoundAndNothingElse() {
    TermIds ids = new TermIds();
    List<String> terms = new ArrayList<>();
    Random r = new Random(5);
    for (int i = 0; i < 50_000; i++) {
      terms.add(word(r));
    }
    for (int length : new int[] {6, 7, 8, 14, 15, 16, 22, 23, 24}) {
      terms.add("é".repeat(length));
      terms.add("ж" + "a".repeat(length - 1));
    }
    terms.add("");
    terms.add("x".repeat(100));
    terms.forEach(ids::add);
    ids.freeze();
    for (int round = 0; round < 2; round++) {
      for (String t : terms) {
        assertEquals(ids.id(t), ids.id(t.toCharArray(), t.length()), t);
        assertEquals(ids.id(t), ids.id(padded(t), t.length()), t);
      }
      for (int i = 0; i < 20_000; i++) {
        String other = word(r) + "#" + i;
        assertEquals(-1, ids.id(other.toCharArray(), other.length()), other);
        assertEquals(-1, ids.id(padded(other), other.length()), other);
        // near misses: one character off, one longer, one shorter
        String term = terms.get(r.nextInt(terms.size() - 2));
        for (String near : List.of(term.substring(0, term.length() - 1) + "q", term + "a",
            term.substring(1))) {
          assertEquals(ids.id(near), ids.id(near.toCharArray(), near.length()), near);
          assertEquals(ids.id(near), ids.id(padded(near), near.length()), near);
        }
      }
    }
  }

  /** The token buffer is longer than the token, as a CharTermAttribute's is. */
  private static char[] padded(String t) {
    char[] buffer = new char[t.length() + 7];
    t.getChars(0, t.length(), buffer, 0);
    buffer[t.length()] = 'z';
    return buffer;
  }

  /** Short and long words, Latin-1 (packed in the table when short) and beyond. */
  private static String word(Random r) {
    StringBuilder w = new StringBuilder();
    String alphabet = r.nextInt(4) == 0 ? "abcdéßжя" : "abcdef";
    for (int i = 0, n = 1 + r.nextInt(r.nextBoolean() ? 12 : 28); i < n; i++) {
      w.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return w.toString();
  }
}
