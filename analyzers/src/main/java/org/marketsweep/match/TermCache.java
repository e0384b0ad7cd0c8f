package org.marketsweep.match;

/**
 * Remembers the answers of recent {@link TermIds} lookups, one thread's worth: listings repeat
 * the same words (within a listing and from one to the next), and the rule vocabulary is too
 * large to stay in the processor's caches, so a small direct-mapped table of recent words
 * (including those that are no rule term) saves most of the memory accesses. Answers are
 * exact: an entry is used only when its characters equal the token's.
 */
final class TermCache {
  private static final int ENTRIES = 1024;
  /** Longer tokens are looked up every time. */
  private static final int MAX_CHARS = 24;

  private final TermIds ids;
  private final int[] hashes = new int[ENTRIES];
  private final int[] answers = new int[ENTRIES];
  /** Characters per entry; 0 length means empty. */
  private final int[] lengths = new int[ENTRIES];
  private final char[] chars = new char[ENTRIES * MAX_CHARS];

  TermCache(TermIds ids) {
    this.ids = ids;
  }

  /** The id of the term in {@code text[0..length)}, or -1, as {@link TermIds#id} says. */
  int id(char[] text, int length) {
    int hash = TermIds.hash(text, length);
    int entry = hash & (ENTRIES - 1);
    int start = entry * MAX_CHARS;
    if (lengths[entry] == length && hashes[entry] == hash && length > 0
        && same(text, start, length)) {
      return answers[entry];
    }
    int id = ids.id(text, length, hash);
    if (length > 0 && length <= MAX_CHARS) {
      System.arraycopy(text, 0, chars, start, length);
      lengths[entry] = length;
      hashes[entry] = hash;
      answers[entry] = id;
    }
    return id;
  }

  private boolean same(char[] text, int start, int length) {
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text[i]) {
        return false;
      }
    }
    return true;
  }
}
