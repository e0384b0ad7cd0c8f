package org.marketsweep.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which rules a listing can match, from the terms it has. Each rule is filed under the
 * cheapest of its conjunct {@link Keys} (term ids, term prefixes, or always); its other
 * conjuncts that are plain term lists become gates: a rule is a candidate only when the
 * listing has a term of each gate, tested on flat arrays before the rule's query is touched.
 * Built once, then only read.
 */
final class CandidateIndex {
  private final int[][] byTerm;
  private final Map<String, int[]> byPrefix;
  private final int[] prefixLengths;
  private final int[] always;
  /** Per rule, the gates (each a sorted term id list), or null. */
  private final int[][][] gates;

  /** How a rule is selected: filed under {@code keys}, then filtered by {@code gates}. */
  record Selection(Keys keys, List<int[]> gates) {}

  /** The selection for one rule's conjunct keys: the cheapest files it, term lists gate it. */
  static Selection selection(List<Keys> conjuncts) {
    Keys best = Keys.ALWAYS;
    for (Keys k : conjuncts) {
      best = best.and(k);
    }
    List<int[]> gates = new ArrayList<>();
    for (Keys k : conjuncts) {
      if (k != best && !k.always() && k.prefixes().length == 0 && k.terms().length > 0) {
        gates.add(java.util.Arrays.stream(k.terms()).sorted().distinct().toArray());
      }
    }
    return new Selection(best, gates);
  }

  CandidateIndex(List<Selection> selections, int termCount) {
    List<List<Integer>> terms = new ArrayList<>(termCount);
    for (int i = 0; i < termCount; i++) {
      terms.add(null);
    }
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<Integer> alwaysRules = new ArrayList<>();
    gates = new int[selections.size()][][];
    for (int rule = 0; rule < selections.size(); rule++) {
      Selection selection = selections.get(rule);
      if (!selection.gates().isEmpty()) {
        gates[rule] = selection.gates().toArray(new int[0][]);
      }
      Keys keys = selection.keys();
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

  /** Whether the listing passes every gate of {@code rule}. */
  boolean passesGates(int rule, ListingIndex listing) {
    int[][] ruleGates = gates[rule];
    if (ruleGates == null) {
      return true;
    }
    for (int[] gate : ruleGates) {
      if (!hasAny(gate, listing)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAny(int[] ids, ListingIndex listing) {
    for (int id : ids) {
      if (listing.has(id)) {
        return true;
      }
    }
    return false;
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
