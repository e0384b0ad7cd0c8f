package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids of the terms rules use; built while compiling, then frozen and only read. Once
 * frozen, a listing token is looked up by its characters in an open-addressing table kept at
 * most a third full, whose entries hold the term's hash, id and where its characters are in
 * one shared array: a probe reads one entry, and a hit one run of characters, however large
 * the rule vocabulary (listings meet tens of thousands of rule terms, so lookups are mostly
 * memory accesses).
 */
final class TermIds {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  /**
   * Frozen: two longs per slot, the term's hash (high half) and id + 1 (low half), 0 for
   * empty; then the start of its characters in {@link #chars} (high) and their count (low).
   */
  private long[] table;
  private int mask;
  /** Frozen: the characters of every term, one after the other. */
  private char[] chars;

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
    chars = new char[terms.stream().mapToInt(String::length).sum()];
    int start = 0;
    for (int id = 0; id < terms.size(); id++) {
      char[] term = terms.get(id).toCharArray();
      System.arraycopy(term, 0, chars, start, term.length);
      int hash = hash(term, term.length);
      int slot = hash & mask;
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = ((long) hash << 32) | (id + 1);
      table[2 * slot + 1] = ((long) start << 32) | term.length;
      start += term.length;
    }
  }

  /** The id of the term in {@code text[0..length)}, or -1; only once frozen. */
  int id(char[] text, int length) {
    return id(text, length, hash(text, length));
  }

  /** The same, given the characters' {@link #hash}. */
  int id(char[] text, int length, int hash) {
    for (int slot = hash & mask; table[2 * slot] != 0; slot = (slot + 1) & mask) {
      long entry = table[2 * slot];
      long where = table[2 * slot + 1];
      int start = (int) (where >>> 32);
      if ((int) (entry >>> 32) == hash && (int) where == length
          && Arrays.equals(chars, start, start + length, text, 0, length)) {
        return (int) entry - 1;
      }
    }
    return -1;
  }

  static int hash(char[] text, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + text[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }
}
