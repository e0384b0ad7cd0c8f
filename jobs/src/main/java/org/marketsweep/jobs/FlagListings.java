package org.marketsweep.jobs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marketsweep.io.ListingReader;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.RuleMatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Matches a partition of parsed rows (see {@link ListingReader#parsedSchema}), listings in
 * batches, with the executor's shared matcher. Every row comes out with only its key (see
 * {@link ListingReader#keyOnly}) and one more column ({@link ScanListingsJob#FLAGS}): the
 * listing's flag records, one per matching rule, or null when no rule matched (and for
 * rejects).
 */
final class FlagListings implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;
  static final int BATCH = 256;

  private final Broadcast<List<Rule>> rules;
  private final String rulesKey;
  private final String scanId;
  private final LocalDateTime detectedAt;
  private final MatcherEngine engine;

  FlagListings(Broadcast<List<Rule>> rules, String rulesKey, String scanId,
      LocalDateTime detectedAt, MatcherEngine engine) {
    this.rules = rules;
    this.rulesKey = rulesKey;
    this.scanId = scanId;
    this.detectedAt = detectedAt;
    this.engine = engine;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ListingMatcher matcher = MatcherCache.get(rulesKey, rules.value(), engine);
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
          current = flagBatch(matcher, input).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The next rows of {@code input}, up to {@link #BATCH} listings and any rejects between. */
  private List<Row> flagBatch(ListingMatcher matcher, Iterator<Row> input) {
    List<Row> rows = new ArrayList<>(BATCH);
    List<ListingRecord> listings = new ArrayList<>(BATCH);
    while (listings.size() < BATCH && input.hasNext()) {
      Row row = input.next();
      rows.add(row);
      if (ListingReader.isListing(row)) {
        listings.add(ListingReader.listing(row));
      }
    }
    List<MatchResult> results = matcher.match(listings.stream().map(ListingRecord::text)
        .toList());
    List<Row> out = new ArrayList<>(rows.size());
    int next = 0;
    for (Row row : rows) {
      if (!ListingReader.isListing(row)) {
        out.add(ListingReader.keyOnly(row, (Object) null));
        continue;
      }
      ListingRecord listing = listings.get(next);
      MatchResult result = results.get(next++);
      if (result.matches().isEmpty()) {
        // The language of a listing without flags is not needed (nor detected).
        out.add(ListingReader.keyOnly(row, (Object) null));
        continue;
      }
      String language = listing.language() != null ? listing.language() : result.language();
      List<Row> flags = new ArrayList<>(result.matches().size());
      for (RuleMatch m : result.matches()) {
        flags.add(flagRow(listing, language, m));
      }
      out.add(ListingReader.keyOnly(row, CollectionConverters.asScala(flags).toSeq()));
    }
    return out;
  }

  private Row flagRow(ListingRecord l, String language, RuleMatch m) {
    Rule r = m.rule();
    return RowFactory.create(scanId, l.marketplace(), l.listingId(), l.sellerId(), l.url(),
        l.title(), language, r.id(), r.listName(), r.listVersion(), r.category().id(),
        r.dsaCategory(), r.severity().id(), m.score(),
        CollectionConverters.asScala(m.matchedTerms()).toSeq(), m.snippet(), detectedAt, true,
        CollectionConverters.asScala(r.info()));
  }
}
