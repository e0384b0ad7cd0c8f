package org.marketsweep.match;

import java.util.ArrayList;
import org.apache.lucene.analysis.CharArrayMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense ids of the terms rules use; built while compiling, then frozen and only read. */
final class TermIds {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private CharArrayMap<Integer> byChars;

  int add(String term) {
    if (byChars != null) {
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
    CharArrayMap<Integer> map = new CharArrayMap<>(ids.size(), false);
    ids.forEach(map::put);
    byChars = map;
  }

  /** The id of the term in {@code chars[0..length)}, or -1; only once frozen. */
  int id(char[] chars, int length) {
    Integer id = byChars.get(chars, 0, length);
    return id == null ? -1 : id;
  }

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }
}
