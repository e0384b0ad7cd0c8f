package org.marketsweep.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids of the terms rules use; built while compiling, then frozen and only read. Once
 * frozen, a listing token is looked up by its characters in an open-addressing table kept at
 * most a third full, whose entries hold the term's hash, id and either the term itself, packed
 * (up to {@value #PACKED_CHARS} characters below U+0100, most rule terms) or where its
 * characters are in one shared array: a probe reads one entry of 16 bytes, and only a hit on
 * a long or non-Latin term reads a run of characters elsewhere (listings meet tens of
 * thousands of rule terms, so lookups are mostly memory accesses).
 */
final class TermIds {
  static final int PACKED_CHARS = 7;
  private static final long PACKED = 1L << 63;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  /**
   * Frozen: two longs per slot, the term's hash (high half) and id + 1 (low half), 0 for
   * empty; then the term {@link #packed}, or the start of its characters in {@link #chars}
   * (high) and their count (low).
   */
  private long[] table;
  private int mask;
  /** Frozen: the characters of every term, one after the other. */
  private char[] chars;
  /**
   * Frozen: one bit per value of some hash bits, set when a term has that value. Most words of
   * a listing are no rule term; this small array (in the processor's cache, unlike the table)
   * turns most of them away without a probe.
   */
  private long[] filter;
  private int filterMask;

  int add(String term) {
    if (table != null) {
      throw new IllegalStateException("term ids are frozen");
    }
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  /** The id of {@code term}, or -1 when no rule uses it. */
  int id(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  /** Ends adding: builds the lookup by characters. */
  void freeze() {
    int capacity = Integer.highestOneBit(Math.max(4, terms.size() * 3)) << 1;
    table = new long[2 * capacity];
    mask = capacity - 1;
    int filterBits = Integer.highestOneBit(Math.max(64, terms.size() * 8)) << 1;
    filter = new long[filterBits >>> 6];
    filterMask = filterBits - 1;
    chars = new char[terms.stream().mapToInt(String::length).sum()];
    int start = 0;
    for (int id = 0; id < terms.size(); id++) {
      char[] term = terms.get(id).toCharArray();
      System.arraycopy(term, 0, chars, start, term.length);
      int hash = hash(term, term.length);
      int bit = filterBit(hash);
      filter[bit >>> 6] |= 1L << bit;
      int slot = hash & mask;
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      long packed = packed(term, term.length);
      table[2 * slot] = ((long) hash << 32) | (id + 1);
      table[2 * slot + 1] = packed != 0 ? packed : ((long) start << 32) | term.length;
      start += term.length;
    }
  }

  /** The id of the term in {@code text[0..length)}, or -1; only once frozen. */
  int id(char[] text, int length) {
    int hash = hash(text, length);
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    long packed = packed(text, length);
    for (int slot = hash & mask; table[2 * slot] != 0; slot = (slot + 1) & mask) {
      long entry = table[2 * slot];
      if ((int) (entry >>> 32) != hash) {
        continue;
      }
      long where = table[2 * slot + 1];
      if (packed != 0 ? where == packed
          : where >= 0 && (int) where == length && same(text, (int) (where >>> 32), length)) {
        return (int) entry - 1;
      }
    }
    return -1;
  }

  private boolean same(char[] text, int start, int length) {
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The term in one long when it has at most {@value #PACKED_CHARS} characters, all below
   * U+0100: a flag, the count and one byte per character; else 0.
   */
  static long packed(char[] text, int length) {
    if (length > PACKED_CHARS) {
      return 0;
    }
    long packed = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c > 0xFF) {
        return 0;
      }
      packed = (packed << 8) | c;
    }
    return PACKED | ((long) length << 56) | packed;
  }

  /** The filter's bit for a hash: other bits than the table's slot (its low bits). */
  private int filterBit(int hash) {
    return Integer.rotateRight(hash, 16) & filterMask;
  }

  /**
   * A hash of the characters, four at a time (one multiplication per four characters, not per
   * character: lookups hash every token of every listing).
   */
  private static int hash(char[] text, int length) {
    long h = length;
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      long block = text[i] | (long) text[i + 1] << 16 | (long) text[i + 2] << 32
          | (long) text[i + 3] << 48;
      h = (h ^ block) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 32;
    }
    long tail = 0;
    for (; i < length; i++) {
      tail = tail << 16 | text[i];
    }
    h = (h ^ tail) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /** Whether the term is a stem tagged with its language ({@code tusk#en}). */
  boolean isStem(int id) {
    return stemLanguage(id) != null;
  }

  /** The language a stem is tagged with ({@code en} for {@code tusk#en}), or null. */
  String stemLanguage(int id) {
    String term = term(id);
    int tag = term.lastIndexOf(org.marketsweep.analysis.StemVariantFilter.LANGUAGE_TAG);
    return tag < 0 ? null : term.substring(tag + 1);
  }

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }
}
