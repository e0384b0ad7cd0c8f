package org.marketsweep.match;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the matcher found in one listing: the rules that matched, and the language used for
 * analysis (the listing's own, the detected one, or {@code und}). A matcher that can tell a
 * listing matches nothing without knowing its language detects it only when asked.
 */
public final class MatchResult {
  private final List<RuleMatch> matches;
  private Supplier<String> detection;
  private String language;

  public MatchResult(String language, List<RuleMatch> matches) {
    this.language = Objects.requireNonNull(language, "language");
    this.matches = List.copyOf(matches);
  }

  private MatchResult(Supplier<String> detection) {
    this.detection = detection;
    this.matches = List.of();
  }

  /** No match, with the language worked out by {@code detection} when first asked. */
  static MatchResult noMatch(Supplier<String> detection) {
    return new MatchResult(Objects.requireNonNull(detection, "detection"));
  }

  /** The analysis language; detected on first call when the matcher did not need it. */
  public synchronized String language() {
    if (language == null) {
      language = detection.get();
      detection = null;
    }
    return language;
  }

  /** Whether the language is known yet (for tests). */
  synchronized boolean languageKnown() {
    return language != null;
  }

  public List<RuleMatch> matches() {
    return matches;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchResult r && matches.equals(r.matches)
        && language().equals(r.language());
  }

  @Override
  public int hashCode() {
    return 31 * language().hashCode() + matches.hashCode();
  }

  @Override
  public String toString() {
    return "MatchResult[language=" + language() + ", matches=" + matches + "]";
  }
}
