package org.marketsweep.jobs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.RuleMatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Matches a partition of listings, in batches, with the executor's shared matcher and emits
 * one flag row per (listing, matching rule).
 */
final class FlagListings implements MapPartitionsFunction<Row, Row> {
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
        hasNext();
        return current.next();
      }
    };
  }

  private List<Row> flagBatch(ListingMatcher matcher, Iterator<Row> input) {
    List<ListingRecord> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && input.hasNext()) {
      batch.add(ListingRecord.fromRow(input.next()));
    }
    List<MatchResult> results = matcher.match(batch.stream().map(ListingRecord::text).toList());
    List<Row> flags = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ListingRecord listing = batch.get(i);
      String language = listing.language() != null ? listing.language()
          : results.get(i).language();
      for (RuleMatch m : results.get(i).matches()) {
        flags.add(flagRow(listing, language, m));
      }
    }
    return flags;
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
