package org.marketsweep.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.RuleMatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Matches a partition of snapshot rows (listing columns plus {@code snapshot_date} as text)
 * with the executor's shared matcher, the one the scan uses, and emits one row per
 * (snapshot day, listing, matching rule). Seller ids are pseudonymised here when asked, so
 * the real ids never reach the sweep's output.
 */
final class SweepMatches implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = new StructType()
      .add("snapshot_date", DataTypes.StringType, false)
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("seller_id", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, false)
      .add("rule_id", DataTypes.StringType, false)
      .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("snippet", DataTypes.StringType, false);

  private final Broadcast<List<Rule>> rules;
  private final String rulesKey;
  private final SellerPseudonyms pseudonyms;

  /** @param pseudonyms null to keep seller ids as they are */
  SweepMatches(Broadcast<List<Rule>> rules, String rulesKey, SellerPseudonyms pseudonyms) {
    this.rules = rules;
    this.rulesKey = rulesKey;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ListingMatcher matcher = MatcherCache.get(rulesKey, rules.value());
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
          current = matchBatch(matcher, input).iterator();
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

  private List<Row> matchBatch(ListingMatcher matcher, Iterator<Row> input) {
    List<ListingRecord> batch = new ArrayList<>(FlagListings.BATCH);
    List<String> days = new ArrayList<>(FlagListings.BATCH);
    while (batch.size() < FlagListings.BATCH && input.hasNext()) {
      Row row = input.next();
      batch.add(ListingRecord.fromRow(row));
      days.add(row.getAs("snapshot_date"));
    }
    List<MatchResult> results = matcher.match(batch.stream().map(ListingRecord::text).toList());
    List<Row> hits = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ListingRecord l = batch.get(i);
      String seller = pseudonyms == null ? l.sellerId() : pseudonyms.apply(l.sellerId());
      for (RuleMatch m : results.get(i).matches()) {
        hits.add(RowFactory.create(days.get(i), l.marketplace(), l.listingId(), l.url(), seller,
            l.title(), m.rule().id(), CollectionConverters.asScala(m.matchedTerms()).toSeq(),
            m.snippet()));
      }
    }
    return hits;
  }
}
