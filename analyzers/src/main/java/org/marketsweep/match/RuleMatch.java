package org.marketsweep.match;

import java.util.List;
import org.marketsweep.lists.Rule;

/**
 * A rule that matched a listing.
 *
 * @param matchedTerms the matched words and phrases as written in the listing, in order of
 *     appearance, without repeats
 * @param snippet the text around the first match, each match marked {@code [[like this]]}
 * @param score severity base score plus a little for each further distinct term, at most 1
 */
public record RuleMatch(Rule rule, List<String> matchedTerms, String snippet, double score) {
  public RuleMatch {
    matchedTerms = List.copyOf(matchedTerms);
  }
}
