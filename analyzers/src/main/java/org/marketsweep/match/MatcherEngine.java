package org.marketsweep.match;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * The matching engines: {@link #FAST} (the default: rules compiled to evaluators, candidates
 * by key terms) and {@link #MONITOR} (Lucene Monitor, the reference the fast engine is kept
 * equal to).
 */
public enum MatcherEngine {
  FAST,
  MONITOR;

  /** A built matcher and the rules that could not be compiled (left out, with the reason). */
  public record Built(ListingMatcher matcher, List<ListProblem> problems) {}

  public Built build(Collection<Rule> rules) {
    if (this == MONITOR) {
      MonitorMatcher.Build b = MonitorMatcher.build(rules);
      return new Built(b.matcher(), b.problems());
    }
    FastMatcher.Build b = FastMatcher.build(rules);
    return new Built(b.matcher(), b.problems());
  }

  /** The engine named by the {@code marketsweep.matcher} system property; {@link #FAST}. */
  public static MatcherEngine configured() {
    return parse(System.getProperty("marketsweep.matcher", "fast"));
  }

  /** {@code fast} or {@code monitor}, any case. */
  public static MatcherEngine parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown matcher engine \"" + name
          + "\" (fast or monitor)", e);
    }
  }
}
