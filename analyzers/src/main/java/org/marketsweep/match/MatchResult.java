package org.marketsweep.match;

import java.util.List;

/**
 * What the matcher found in one listing.
 *
 * @param language the language used for analysis: the listing's own, the detected one, or
 *     {@code und}
 */
public record MatchResult(String language, List<RuleMatch> matches) {
  public MatchResult {
    matches = List.copyOf(matches);
  }
}
