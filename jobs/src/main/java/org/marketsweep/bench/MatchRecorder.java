package org.marketsweep.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.RuleMatch;

/**
 * What an engine found, kept cheaply enough to run over a million listings from several
 * threads: the full results of the sampled listings (for the comparison with the oracle), and
 * over all listings the number of matches, flagged listings per kind and an order-independent
 * checksum of every (listing, rule, matched terms).
 */
final class MatchRecorder {
  private final long[] sample;
  private final AtomicReferenceArray<Map<String, List<String>>> sampled;
  private final LongAdder matches = new LongAdder();
  private final LongAdder checksum = new LongAdder();
  private final LongAdder[] listings = adders();
  private final LongAdder[] flagged = adders();

  /** @param sample sorted listing indices whose results are kept */
  MatchRecorder(long[] sample) {
    this.sample = sample;
    this.sampled = new AtomicReferenceArray<>(sample.length);
  }

  void record(long index, BenchListing.Kind kind, MatchResult result) {
    Map<String, List<String>> found = describe(result);
    int position = Arrays.binarySearch(sample, index);
    if (position >= 0) {
      sampled.set(position, found);
    }
    matches.add(found.size());
    listings[kind.ordinal()].increment();
    if (!found.isEmpty()) {
      flagged[kind.ordinal()].increment();
      checksum.add(Long.hashCode(index) * 31L + found.hashCode());
    }
  }

  /** Rule id to matched terms, sorted by rule id. */
  static Map<String, List<String>> describe(MatchResult result) {
    Map<String, List<String>> out = new TreeMap<>();
    for (RuleMatch m : result.matches()) {
      out.put(m.rule().id(), m.matchedTerms());
    }
    return out;
  }

  /** The kept result of the {@code i}-th sampled listing (null if it was not matched). */
  Map<String, List<String>> sampled(int i) {
    return sampled.get(i);
  }

  long sampledMatches() {
    long n = 0;
    for (int i = 0; i < sampled.length(); i++) {
      n += sampled.get(i) == null ? 0 : sampled.get(i).size();
    }
    return n;
  }

  long matches() {
    return matches.sum();
  }

  long checksum() {
    return checksum.sum();
  }

  /** Percentage of the listings of {@code kind} that had at least one match. */
  double flaggedPct(BenchListing.Kind kind) {
    long n = listings[kind.ordinal()].sum();
    return n == 0 ? 0 : 100.0 * flagged[kind.ordinal()].sum() / n;
  }

  private static LongAdder[] adders() {
    LongAdder[] a = new LongAdder[BenchListing.Kind.values().length];
    for (int i = 0; i < a.length; i++) {
      a[i] = new LongAdder();
    }
    return a;
  }
}
