package org.marketsweep.bench;

import org.marketsweep.match.ListingText;

/**
 * One listing of the benchmark corpus.
 *
 * @param id {@code bench-<index>}
 * @param kind what it was made from (the engines are not told)
 */
public record BenchListing(String id, ListingText text, Kind kind) {
  /** What a benchmark listing was made from. */
  public enum Kind {
    /** A real product offer. */
    LAWFUL,
    /** A {@code match} example of a shipped rule, sometimes obfuscated further. */
    ILLICIT,
    /** A {@code no_match} example of a shipped rule: lawful text close to a rule. */
    NEAR_MISS
  }
}
