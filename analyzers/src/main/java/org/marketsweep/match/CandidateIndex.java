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
  /** The distinct gates (sorted term id lists); rules share them. */
  private final int[][] gates;
  /** Per rule, the indexes of its gates, or null. */
  private final int[][] gatesByRule;
  /** Where a listing keeps gate answers: after the shared disjunctions' slots. */
  private final int firstGateSlot;
  /** Per rule, its {@link Branches} when it has several, else null; shared, never changed. */
  private final int[][][][] branchesByRule;

  /** How a rule is selected: filed under {@code keys}, then filtered by {@code gates}. */
  record Selection(Keys keys, List<int[]> gates) {}

  /**
   * The selection for one rule's conjunct keys: the cheapest files it, term lists gate it,
   * the least often present (cheapest) gate first.
   */
  static Selection selection(List<Keys> conjuncts) {
    Keys best = Keys.ALWAYS;
    for (Keys k : conjuncts) {
      best = best.and(k);
    }
    List<int[]> gates = new ArrayList<>();
    List<Keys> cheapestFirst = new ArrayList<>(conjuncts);
    cheapestFirst.sort(java.util.Comparator.comparingDouble(Keys::cost));
    for (Keys k : cheapestFirst) {
      if (k != best && !k.always() && k.prefixes().length == 0 && k.terms().length > 0) {
        gates.add(sortedDistinct(k.terms()));
      }
    }
    return new Selection(best, gates);
  }

  /**
   * @param firstGateSlot the first of the {@link #gateCount()} slots in which a listing keeps
   *     the answers of the gates
   * @param branchesByRule per rule, its {@link Branches#of branches} or null
   */
  CandidateIndex(List<Selection> selections, int termCount, int firstGateSlot,
      int[][][][] branchesByRule) {
    this.firstGateSlot = firstGateSlot;
    this.branchesByRule = branchesByRule;
    int[] rulesPerTerm = new int[termCount];
    for (Selection selection : selections) {
      if (!selection.keys().always()) {
        for (int term : selection.keys().terms()) {
          rulesPerTerm[term]++;
        }
      }
    }
    byTerm = new int[termCount][];
    for (int i = 0; i < termCount; i++) {
      byTerm[i] = rulesPerTerm[i] == 0 ? null : new int[rulesPerTerm[i]];
    }
    int[] filled = new int[termCount];
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<Integer> alwaysRules = new ArrayList<>();
    Map<Gate, Integer> gateIndex = new HashMap<>();
    List<int[]> distinctGates = new ArrayList<>();
    gatesByRule = new int[selections.size()][];
    for (int rule = 0; rule < selections.size(); rule++) {
      Selection selection = selections.get(rule);
      if (!selection.gates().isEmpty()) {
        int[] ruleGates = new int[selection.gates().size()];
        int count = 0;
        for (int[] g : selection.gates()) {
          int gate = gateIndex.computeIfAbsent(new Gate(g), k -> {
            distinctGates.add(g);
            return distinctGates.size() - 1;
          });
          if (!contains(ruleGates, count, gate)) {
            ruleGates[count++] = gate;
          }
        }
        gatesByRule[rule] = java.util.Arrays.copyOf(ruleGates, count);
      }
      Keys keys = selection.keys();
      if (keys.always()) {
        alwaysRules.add(rule);
        continue;
      }
      for (int term : keys.terms()) {
        // rules are filed in order: a term listed twice in the keys ends its list already
        if (filled[term] == 0 || byTerm[term][filled[term] - 1] != rule) {
          byTerm[term][filled[term]++] = rule;
        }
      }
      for (String prefix : keys.prefixes()) {
        prefixes.computeIfAbsent(prefix, p -> new ArrayList<>()).add(rule);
      }
    }
    for (int i = 0; i < termCount; i++) {
      if (byTerm[i] != null && filled[i] < byTerm[i].length) {
        byTerm[i] = java.util.Arrays.copyOf(byTerm[i], filled[i]);
      }
    }
    byPrefix = new HashMap<>();
    prefixes.forEach((p, rules) -> byPrefix.put(p, toArray(rules)));
    prefixLengths = new TreeSet<>(prefixes.keySet().stream().map(String::length).toList())
        .stream().mapToInt(Integer::intValue).toArray();
    always = toArray(alwaysRules);
    gates = distinctGates.toArray(new int[0][]);
  }

  /** A gate's sorted term ids, as a map key. */
  private record Gate(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Gate g && java.util.Arrays.equals(ids, g.ids);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(ids);
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private static int[] sortedDistinct(int[] ids) {
    int[] sorted = ids.clone();
    java.util.Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, n);
  }

  /** How many distinct gates there are (answer slots a listing needs). */
  int gateCount() {
    return gates.length;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  /** Rules filed under term {@code id}, or null. */
  int[] rulesForTerm(int id) {
    return byTerm[id];
  }

  /**
   * Whether the listing passes every gate of {@code rule} (answers kept per listing), and has
   * the terms of one of its branches when it has several.
   */
  boolean passesGates(int rule, ListingIndex listing) {
    int[] ruleGates = gatesByRule[rule];
    if (ruleGates == null) {
      return branchesByRule[rule] == null || Branches.anyHolds(branchesByRule[rule], listing);
    }
    for (int gate : ruleGates) {
      int slot = firstGateSlot + gate;
      int known = listing.remembered(slot);
      if (known < 0) {
        known = hasAny(gates[gate], listing) ? 1 : 0;
        listing.remember(slot, known == 1);
      }
      if (known == 0) {
        return false;
      }
    }
    return branchesByRule[rule] == null || Branches.anyHolds(branchesByRule[rule], listing);
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
