package org.marketsweep.analysis;

import java.util.Arrays;

/**
 * A bounded cache from a word (chars) to int codes, for {@link AnyLanguageStemFilter} and the
 * readers of a {@link WordChain}, which look up every word of every listing. Built for few
 * cache misses per look-up: a slot is one long (the word's hash and where the entry starts),
 * and an entry is the word's length, its chars and where its codes are, together in one char
 * array; codes follow one another in one int array. When full it starts afresh. Not
 * thread-safe.
 */
public final class WordCodes {
  /** Chars of kept words past which the cache starts afresh (long words are rare). */
  private static final int MAX_CHARS = 1 << 22;
  private final int maxWords;
  private final int mask;
  /** Per slot: hash in the high half, entry start + 1 in the low half (0: empty). */
  private final long[] slots;
  private char[] entries = new char[1 << 16];
  private int entriesEnd;
  private int[] codes = new int[1 << 14];
  private int codesEnd;
  private int size;
  /** Where the codes of the word found last start, and how many there are. */
  private int foundOffset;
  private int foundCount;

  /** @param maxWords how many words to keep before starting afresh */
  public WordCodes(int maxWords) {
    this.maxWords = maxWords;
    int capacity = Integer.highestOneBit(maxWords) << 1;
    mask = capacity - 1;
    slots = new long[capacity];
  }

  /**
   * Whether codes are kept for {@code word[0..length)}; if so, they are {@link #codes()}
   * from {@link #offset()}, {@link #count()} of them.
   */
  public boolean find(char[] word, int length) {
    int hash = hash(word, length);
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if ((int) (s >>> 32) == hash) {
        int start = (int) s - 1;
        if (entries[start] == length && same(start + 1, word, length)) {
          int at = start + 1 + length;
          foundCount = entries[at];
          foundOffset = entries[at + 1] << 16 | entries[at + 2];
          return true;
        }
      }
    }
    return false;
  }

  public int[] codes() {
    return codes;
  }

  public int offset() {
    return foundOffset;
  }

  public int count() {
    return foundCount;
  }

  /**
   * Keeps {@code value[0..count)} for {@code word[0..length)}, which is not kept yet, and
   * makes it the word found last. Words longer than a char can count are not kept.
   */
  public void put(char[] word, int length, int[] value, int count) {
    if (size == maxWords || entriesEnd > MAX_CHARS) {
      Arrays.fill(slots, 0);
      entriesEnd = 0;
      codesEnd = 0;
      size = 0;
    }
    if (codesEnd + count > codes.length) {
      codes = Arrays.copyOf(codes, Math.max(codesEnd + count, 2 * codes.length));
    }
    System.arraycopy(value, 0, codes, codesEnd, count);
    foundOffset = codesEnd;
    foundCount = count;
    codesEnd += count;
    if (length > Character.MAX_VALUE - 3) {
      return;
    }
    int need = length + 4;
    if (entriesEnd + need > entries.length) {
      entries = Arrays.copyOf(entries, Math.max(entriesEnd + need, 2 * entries.length));
    }
    int start = entriesEnd;
    entries[start] = (char) length;
    System.arraycopy(word, 0, entries, start + 1, length);
    int at = start + 1 + length;
    entries[at] = (char) count;
    entries[at + 1] = (char) (foundOffset >>> 16);
    entries[at + 2] = (char) foundOffset;
    entriesEnd += need;
    int hash = hash(word, length);
    int slot = hash & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = (long) hash << 32 | (start + 1L);
    size++;
  }

  public int size() {
    return size;
  }

  private static int hash(char[] word, int length) {
    int h = length;
    for (int i = 0; i < length; i++) {
      h = 31 * h + word[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private boolean same(int start, char[] word, int length) {
    char[] e = entries;
    for (int i = 0; i < length; i++) {
      if (e[start + i] != word[i]) {
        return false;
      }
    }
    return true;
  }
}
