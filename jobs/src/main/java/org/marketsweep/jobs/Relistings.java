package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.marketsweep.analysis.ListingAnalyzers;

/**
 * Links a removed listing to the listings that reappear after its removal with near-duplicate
 * text: the same or another seller, edited or obfuscated. Each listing's title and description
 * go through the listing analyzer (so {@code 1vory} and {@code ivory} are the same word), the
 * distinct analysed words form its shingle set, and Spark ML's {@link MinHashLSH} finds the
 * pairs whose Jaccard similarity reaches the threshold; the similarity reported is the exact
 * Jaccard similarity of the two sets.
 */
public final class Relistings {
  /** Shingle vectors: words hashed into this many dimensions. */
  static final int DIMENSIONS = 1 << 20;

  private Relistings() {}

  /**
   * Finds relistings.
   *
   * @param originals removed listings: marketplace, listing_id, seller_id, title, description,
   *     removed_at
   * @param candidates listings seen: marketplace, listing_id, seller_id, title, description,
   *     first_seen
   * @return one row per relisting (the best original for each): marketplace, listing_id,
   *     relisted_from_listing_id, relisted_from_seller_id, relist_similarity; cached, for
   *     the caller to unpersist
   */
  public static Dataset<Row> find(Dataset<Row> originals, Dataset<Row> candidates,
      double threshold, int hashTables) {
    Dataset<Row> a = shingles(originals.select("marketplace", "listing_id", "seller_id",
        "title", "description", "removed_at")).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> b = shingles(candidates.select("marketplace", "listing_id", "seller_id",
        "title", "description", "first_seen")).persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables).setSeed(20261101L)
        .setInputCol("features").setOutputCol("hashes").fit(a);
    Dataset<Row> pairs = model.approxSimilarityJoin(a, b, 1.0 - threshold + 1e-9, "distance")
        .where("datasetA.marketplace = datasetB.marketplace"
            + " AND datasetA.listing_id <> datasetB.listing_id"
            + " AND to_date(datasetB.first_seen) >= to_date(datasetA.removed_at)")
        .select(functions.col("datasetB.marketplace").as("marketplace"),
            functions.col("datasetB.listing_id").as("listing_id"),
            functions.col("datasetA.listing_id").as("original_id"),
            functions.col("datasetA.seller_id").as("original_seller"),
            functions.round(functions.lit(1.0).minus(functions.col("distance")), 4)
                .as("similarity"));
    Dataset<Row> best = pairs.groupBy("marketplace", "listing_id")
        .agg(functions.max_by(functions.struct("original_id", "original_seller",
            "similarity"), functions.struct(functions.col("similarity"),
            functions.col("original_id"))).as("best"))
        .select(functions.col("marketplace"), functions.col("listing_id"),
            functions.col("best.original_id").as("relisted_from_listing_id"),
            functions.col("best.original_seller").as("relisted_from_seller_id"),
            functions.col("best.similarity").as("relist_similarity"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    best.count();
    a.unpersist();
    b.unpersist();
    return best;
  }

  /** Adds {@code features}, the shingle set as a binary sparse vector; drops empty texts. */
  static Dataset<Row> shingles(Dataset<Row> rows) {
    StructType schema = rows.schema().add("features", SQLDataTypes.VectorType(), false);
    return rows.flatMap(new Shingle(rows.schema().fieldIndex("title"),
        rows.schema().fieldIndex("description")), Encoders.row(schema));
  }

  /** The distinct analysed words of a text. */
  static TreeSet<String> words(Analyzer analyzer, String text) {
    TreeSet<String> words = new TreeSet<>();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** One analyzer per JVM (Lucene analyzers are thread-safe), built on first use. */
  private static final java.util.function.Supplier<Analyzer> ANALYZER = new Once();

  private static final class Once implements java.util.function.Supplier<Analyzer> {
    private volatile Analyzer analyzer;

    @Override
    public Analyzer get() {
      if (analyzer == null) {
        synchronized (this) {
          if (analyzer == null) {
            analyzer = new ListingAnalyzers().listingAnalyzer(ListingAnalyzers.UNDETERMINED);
          }
        }
      }
      return analyzer;
    }
  }

  private static final class Shingle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int title;
    private final int description;

    Shingle(int title, int description) {
      this.title = title;
      this.description = description;
    }

    @Override
    public Iterator<Row> call(Row r) {
      Analyzer analyzer = ANALYZER.get();
      String text = r.getString(title) + (r.isNullAt(description) ? ""
          : "\n" + r.getString(description));
      TreeSet<Integer> indices = new TreeSet<>();
      for (String w : words(analyzer, text)) {
        indices.add(Math.floorMod(w.hashCode() * 0x9E3779B1, DIMENSIONS));
      }
      if (indices.isEmpty()) {
        return java.util.Collections.emptyIterator();
      }
      int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
      double[] ones = new double[idx.length];
      java.util.Arrays.fill(ones, 1.0);
      Object[] values = new Object[r.size() + 1];
      for (int i = 0; i < r.size(); i++) {
        values[i] = r.get(i);
      }
      values[r.size()] = Vectors.sparse(DIMENSIONS, idx, ones);
      return List.of(RowFactory.create(values)).iterator();
    }
  }
}
