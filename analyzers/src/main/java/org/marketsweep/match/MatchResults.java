package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.Rule;

/**
 * What every {@link ListingMatcher} does around the text matching itself: settles the
 * listing's analysis language, and turns a rule's matched spans into the {@link RuleMatch}
 * a reviewer sees (terms as written, snippet, score), rules sorted by id.
 */
final class MatchResults {
  private MatchResults() {}

  /** The listing with its analysis language: its own, else the guessed one. */
  static ListingText resolveLanguage(LanguageGuesser guesser, ListingText listing) {
    String language = hasLanguage(listing)
        ? listing.language()
        : guesser.guess(listing.title(), listing.description());
    return listing.withLanguage(ListingAnalyzers.analysisLanguage(language));
  }

  /** Whether the listing comes with its language (else it is guessed). */
  static boolean hasLanguage(ListingText listing) {
    return listing.language() != null && !listing.language().isBlank();
  }

  /** One rule that matched {@code text} at {@code spans}. */
  static RuleMatch ruleMatch(Rule rule, String text, Collection<Highlights.Span> spans) {
    List<String> terms = Highlights.terms(text, spans);
    return new RuleMatch(rule, terms, Highlights.snippet(text, spans), score(rule, terms));
  }

  static double score(Rule rule, List<String> terms) {
    double score = rule.severity().baseScore() + 0.02 * Math.max(0, terms.size() - 1);
    return Math.round(Math.min(1.0, score) * 1000) / 1000.0;
  }

  /** The result for a listing, matches sorted by rule id. */
  static MatchResult result(ListingText listing, Collection<RuleMatch> matches) {
    List<RuleMatch> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparing((RuleMatch r) -> r.rule().id()));
    return new MatchResult(listing.language(), sorted);
  }
}
