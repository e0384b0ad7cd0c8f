package org.marketsweep.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense ids of the terms rules use; built while compiling, then only read. */
final class TermIds {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  int add(String term) {
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

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }
}
