package org.marketsweep.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which rules a listing can match, from the terms it has: each rule is filed under its
 * {@link Keys} (term ids, term prefixes, or always). Built once, then only read.
 */
final class CandidateIndex {
  private final int[][] byTerm;
  private final Map<String, int[]> byPrefix;
  private final int[] prefixLengths;
  private final int[] always;

  CandidateIndex(List<Keys> keysByRule, int termCount) {
    List<List<Integer>> terms = new ArrayList<>(termCount);
    for (int i = 0; i < termCount; i++) {
      terms.add(null);
    }
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<Integer> alwaysRules = new ArrayList<>();
    for (int rule = 0; rule < keysByRule.size(); rule++) {
      Keys keys = keysByRule.get(rule);
      if (keys.always()) {
        alwaysRules.add(rule);
        continue;
      }
      for (int term : keys.terms()) {
        if (terms.get(term) == null) {
          terms.set(term, new ArrayList<>(2));
        }
        terms.get(term).add(rule);
      }
      for (String prefix : keys.prefixes()) {
        prefixes.computeIfAbsent(prefix, p -> new ArrayList<>()).add(rule);
      }
    }
    byTerm = new int[termCount][];
    for (int i = 0; i < termCount; i++) {
      byTerm[i] = terms.get(i) == null ? null : toArray(terms.get(i));
    }
    byPrefix = new HashMap<>();
    prefixes.forEach((p, rules) -> byPrefix.put(p, toArray(rules)));
    prefixLengths = new TreeSet<>(prefixes.keySet().stream().map(String::length).toList())
        .stream().mapToInt(Integer::intValue).toArray();
    always = toArray(alwaysRules);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  /** Rules filed under term {@code id}, or null. */
  int[] rulesForTerm(int id) {
    return byTerm[id];
  }

  boolean hasPrefixes() {
    return !byPrefix.isEmpty();
  }

  /** Calls {@code rules} with the rules filed under a prefix of {@code term}. */
  void forPrefixesOf(String term, java.util.function.Consumer<int[]> rules) {
    for (int length : prefixLengths) {
      if (length > term.length()) {
        return;
      }
      int[] found = byPrefix.get(term.substring(0, length));
      if (found != null) {
        rules.accept(found);
      }
    }
  }

  int[] alwaysRules() {
    return always;
  }

  /** How many rules are checked on every listing. */
  int alwaysCount() {
    return always.length;
  }
}
