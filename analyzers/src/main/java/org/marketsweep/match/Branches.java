package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule's query as an OR of branches, each an AND of term lists (the listing has a term of
 * each list): what any listing the query matches, or {@link CompiledQuery#mayMatch may match},
 * has. A rule is filed and gated as one conjunction ({@link CandidateIndex}); for a rule that
 * is an OR of conjunctions ({@code "1:1 copy" OR "1:1 replica"}, {@code (a AND b) OR (c AND
 * d)}), its candidates are checked on the branches too, with bit tests, before its query is
 * run: most candidates of such rules have one term of each of several branches and all terms
 * of none.
 *
 * <p>Required clauses multiply their branches, optional ones (when any one is enough) add
 * theirs; an OR of single terms stays one list. Terms read through prefixes or wildcards, and
 * exclusions, are left out (a looser test). A query with more than {@link #LIMIT} branches is
 * tested as the conjunction it is filed as, by its gates only.
 */
final class Branches {
  /** At most this many branches per rule. */
  static final int LIMIT = 32;

  private Branches() {}

  /**
   * The branches of {@code query} as sorted term id lists per branch, or null when there is
   * only one (its gates already test it), none, too many, or one that always holds.
   */
  static int[][][] of(CompiledQuery query) {
    List<List<int[]>> branches = expand(query);
    if (branches == null || branches.size() <= 1 || branches.stream().anyMatch(List::isEmpty)) {
      return null;
    }
    int[][][] out = new int[branches.size()][][];
    for (int i = 0; i < out.length; i++) {
      out[i] = branches.get(i).toArray(new int[0][]);
      // short lists first: a phrase's words, single terms; long OR lists last
      Arrays.sort(out[i], java.util.Comparator.comparingInt(terms -> terms.length));
    }
    return out;
  }

  /** Whether the listing has a term of every list of some branch. */
  static boolean anyHolds(int[][][] branches, ListingIndex listing) {
    for (int[][] branch : branches) {
      if (holds(branch, listing)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(int[][] branch, ListingIndex listing) {
    for (int[] terms : branch) {
      if (!listing.hasAny(terms)) {
        return false;
      }
    }
    return true;
  }

  /** The branches, or null when more than {@link #LIMIT}. */
  private static List<List<int[]>> expand(CompiledQuery query) {
    BooleanClauses b = query instanceof BooleanClauses.Prepared p ? p.clauses()
        : query instanceof BooleanClauses c ? c : null;
    if (b != null && !b.required().isEmpty()) {
      List<List<int[]>> product = List.of(List.of());
      for (CompiledQuery r : b.required()) {
        List<List<int[]>> factor = expand(r);
        if (factor == null || (long) product.size() * factor.size() > LIMIT) {
          return conjunction(query);
        }
        List<List<int[]>> next = new ArrayList<>();
        for (List<int[]> x : product) {
          for (List<int[]> y : factor) {
            List<int[]> both = new ArrayList<>(x);
            both.addAll(y);
            next.add(both);
          }
        }
        product = next;
      }
      return product;
    }
    if (b != null && b.minimumShouldMatch() <= 1 && !b.optional().isEmpty()) {
      List<List<int[]>> sum = new ArrayList<>();
      boolean singleLists = true;
      for (CompiledQuery o : b.optional()) {
        List<List<int[]>> part = expand(o);
        if (part == null) {
          return conjunction(query);
        }
        for (List<int[]> branch : part) {
          if (branch.isEmpty()) {
            return List.of(List.of()); // a branch that always holds
          }
          singleLists &= branch.size() == 1;
          sum.add(branch);
        }
      }
      if (sum.isEmpty()) {
        return List.of();
      }
      if (singleLists) {
        // one list of all their terms: a listing has a term of it when a branch holds
        return List.of(List.of(union(sum)));
      }
      return sum.size() > LIMIT ? conjunction(query) : sum;
    }
    return conjunction(query);
  }

  /** One branch: the query's conjunct keys that are plain term lists; none for no match. */
  private static List<List<int[]>> conjunction(CompiledQuery query) {
    List<int[]> lists = new ArrayList<>();
    for (Keys k : query.conjunctKeys(id -> 1.0)) {
      if (k.always() || k.prefixes().length > 0) {
        continue;
      }
      if (k.terms().length == 0) {
        return List.of();
      }
      lists.add(IntSets.sortedDistinct(k.terms()));
    }
    return List.of(lists);
  }

  private static int[] union(List<List<int[]>> singleListBranches) {
    int[] all = new int[singleListBranches.stream().mapToInt(b -> b.get(0).length).sum()];
    int n = 0;
    for (List<int[]> branch : singleListBranches) {
      System.arraycopy(branch.get(0), 0, all, n, branch.get(0).length);
      n += branch.get(0).length;
    }
    return IntSets.sortedDistinct(all);
  }
}
