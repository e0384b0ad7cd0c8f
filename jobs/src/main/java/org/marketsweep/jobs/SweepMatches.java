package org.marketsweep.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.ListingText;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.RuleMatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Matches a partition of distinct listing texts (the columns of {@link #TEXT_COLUMNS}) with
 * the executor's shared matcher, the one the scan uses, and emits one row per (text,
 * matching rule): the text columns, {@code rule_id}, {@code matched_terms} and
 * {@code snippet}. A listing that stays the same over a month of snapshots is matched once.
 */
final class SweepMatches implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** What the matcher reads of a listing (see {@link ListingRecord#text()}). */
  static final List<String> TEXT_COLUMNS = List.of("title", "description", "language",
      "price", "currency", "category", "marketplace");

  static final StructType SCHEMA = schema();

  private final Broadcast<List<Rule>> rules;
  private final String rulesKey;
  private final MatcherEngine engine = MatcherEngine.configured();

  SweepMatches(Broadcast<List<Rule>> rules, String rulesKey) {
    this.rules = rules;
    this.rulesKey = rulesKey;
  }

  private static StructType schema() {
    StructType s = new StructType();
    for (String name : TEXT_COLUMNS) {
      StructField f = ListingRecord.SCHEMA.apply(name);
      s = s.add(f.name(), f.dataType(), true);
    }
    return s.add("rule_id", DataTypes.StringType, false)
        .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("snippet", DataTypes.StringType, false);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ListingMatcher matcher = MatcherCache.get(rulesKey, rules.value(), engine);
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
    List<Row> batch = new ArrayList<>(FlagListings.BATCH);
    List<ListingText> texts = new ArrayList<>(FlagListings.BATCH);
    while (batch.size() < FlagListings.BATCH && input.hasNext()) {
      Row row = input.next();
      batch.add(row);
      texts.add(new ListingText(row.getAs("title"), row.getAs("description"),
          row.getAs("language"), (BigDecimal) row.getAs("price"), row.getAs("currency"),
          row.getAs("category"), row.getAs("marketplace")));
    }
    List<MatchResult> results = matcher.match(texts);
    List<Row> hits = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Row text = batch.get(i);
      for (RuleMatch m : results.get(i).matches()) {
        Object[] values = new Object[TEXT_COLUMNS.size() + 3];
        for (int c = 0; c < TEXT_COLUMNS.size(); c++) {
          values[c] = text.getAs(TEXT_COLUMNS.get(c));
        }
        values[TEXT_COLUMNS.size()] = m.rule().id();
        values[TEXT_COLUMNS.size() + 1] = CollectionConverters.asScala(m.matchedTerms()).toSeq();
        values[TEXT_COLUMNS.size() + 2] = m.snippet();
        hits.add(RowFactory.create(values));
      }
    }
    return hits;
  }
}
