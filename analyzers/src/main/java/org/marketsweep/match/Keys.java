package org.marketsweep.match;

import java.util.List;

/**
 * Keys that select a rule as a candidate for a listing: the rule can only match a listing
 * that has at least one of these terms, or a term starting with one of these prefixes.
 * {@link #ALWAYS} when no such keys are known (the rule is checked on every listing).
 *
 * @param cost guessed work the keys cause (how often they select the rule), lower is better
 */
record Keys(int[] terms, String[] prefixes, boolean always, double cost) {
  /** For what matches no listing: selects nothing. */
  static final Keys NONE = new Keys(new int[0], new String[0], false, 0);
  static final Keys ALWAYS = new Keys(new int[0], new String[0], true, Double.MAX_VALUE);

  /** Keys for "any of these". */
  static Keys any(List<Keys> keys) {
    int terms = 0;
    int prefixes = 0;
    double cost = 0;
    for (Keys k : keys) {
      if (k.always) {
        return ALWAYS;
      }
      terms += k.terms.length;
      prefixes += k.prefixes.length;
      cost += k.cost;
    }
    int[] t = new int[terms];
    String[] p = new String[prefixes];
    terms = 0;
    prefixes = 0;
    for (Keys k : keys) {
      System.arraycopy(k.terms, 0, t, terms, k.terms.length);
      terms += k.terms.length;
      System.arraycopy(k.prefixes, 0, p, prefixes, k.prefixes.length);
      prefixes += k.prefixes.length;
    }
    return new Keys(t, p, false, cost);
  }

  /** Keys for "all of these": either side's keys do; the cheaper is kept. */
  Keys and(Keys other) {
    return other.cost < cost ? other : this;
  }
}
