package org.marketsweep.match;

import java.util.Arrays;

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
  Keys or(Keys other) {
    if (always || other.always) {
      return ALWAYS;
    }
    int[] t = Arrays.copyOf(terms, terms.length + other.terms.length);
    System.arraycopy(other.terms, 0, t, terms.length, other.terms.length);
    String[] p = Arrays.copyOf(prefixes, prefixes.length + other.prefixes.length);
    System.arraycopy(other.prefixes, 0, p, prefixes.length, other.prefixes.length);
    return new Keys(t, p, false, cost + other.cost);
  }

  /** Keys for "all of these": either side's keys do; the cheaper is kept. */
  Keys and(Keys other) {
    return other.cost < cost ? other : this;
  }
}
