package org.marketsweep.match;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches listings against compiled keyword-list rules. Implementations are built once
 * (compiling every rule) and then used from many threads.
 */
public interface ListingMatcher extends Closeable {

  MatchResult match(ListingText listing);

  /** Matches a batch; implementations may do this faster than one by one. */
  default List<MatchResult> match(List<ListingText> listings) {
    List<MatchResult> results = new ArrayList<>(listings.size());
    for (ListingText listing : listings) {
      results.add(match(listing));
    }
    return results;
  }

  /** How many rules compiled and are being matched. */
  int ruleCount();

  /** Whether the rule with this id compiled and is matched. */
  boolean hasRule(String id);

  @Override
  void close();
}
