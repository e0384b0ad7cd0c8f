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
  /**
   * The distinct gates (sorted term id lists, rules share them), one after the other: gate
   * {@code g}'s terms are {@code gateTerms[gateStarts[g] .. gateStarts[g + 1])}. Flat arrays:
   * fewer memory accesses per rule tested.
   */
  private final int[] gateStarts;
  private final int[] gateTerms;
  /** The indexes of rule {@code r}'s gates: {@code ruleGates[ruleGateStarts[r] .. [r + 1])}. */
  private final int[] ruleGateStarts;
  private final int[] ruleGates;
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
    ruleGateStarts = new int[selections.size() + 1];
    List<Integer> allRuleGates = new ArrayList<>();
    for (int rule = 0; rule < selections.size(); rule++) {
      Selection selection = selections.get(rule);
      ruleGateStarts[rule] = allRuleGates.size();
      if (!selection.gates().isEmpty()) {
        int[] own = new int[selection.gates().size()];
        int count = 0;
        for (int[] g : selection.gates()) {
          int gate = gateIndex.computeIfAbsent(new Gate(g), k -> {
            distinctGates.add(g);
            return distinctGates.size() - 1;
          });
          if (!contains(own, count, gate)) {
            own[count++] = gate;
            allRuleGates.add(gate);
          }
        }
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
    ruleGateStarts[selections.size()] = allRuleGates.size();
    ruleGates = allRuleGates.stream().mapToInt(Integer::intValue).toArray();
    gateStarts = new int[distinctGates.size() + 1];
    for (int g = 0; g < distinctGates.size(); g++) {
      gateStarts[g + 1] = gateStarts[g] + distinctGates.get(g).length;
    }
    gateTerms = distinctGates.stream().flatMapToInt(java.util.Arrays::stream).toArray();
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
    return gateStarts.length - 1;
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
    for (int i = ruleGateStarts[rule], end = ruleGateStarts[rule + 1]; i < end; i++) {
      int gate = ruleGates[i];
      int slot = firstGateSlot + gate;
      int known = listing.remembered(slot);
      if (known < 0) {
        known = hasAny(gate, listing) ? 1 : 0;
        listing.remember(slot, known == 1);
      }
      if (known == 0) {
        return false;
      }
    }
    return branchesByRule[rule] == null || Branches.anyHolds(branchesByRule[rule], listing);
  }

  private boolean hasAny(int gate, ListingIndex listing) {
    for (int i = gateStarts[gate], end = gateStarts[gate + 1]; i < end; i++) {
      if (listing.has(gateTerms[i])) {
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
