package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareScanOutputsTest {
  private static final StructType FLAGS = new StructType()
      .add("scan_id", DataTypes.StringType)
      .add("marketplace", DataTypes.StringType)
      .add("listing_id", DataTypes.StringType)
      .add("rule_id", DataTypes.StringType)
      .add("score", DataTypes.DoubleType)
      .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType))
      .add("scan_date", DataTypes.StringType);
  private static final StructType REJECTS = new StructType()
      .add("source", DataTypes.StringType)
      .add("line", DataTypes.LongType)
      .add("field", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("scan_date", DataTypes.StringType);

  @TempDir Path dir;
  private final SparkSession spark = TestSpark.session();

  @Test
  void sameFlagsFromAnotherRunAgree() {
    String left = output("left", "run-1", 0.8, true);
    String right = output("right", "run-2", 0.8, true);
    assertEquals(List.of(), CompareScanOutputs.differences(spark, left, right));
  }

  @Test
  void aDifferentValueOrAMissingRowIsReported() {
    String left = output("left", "run-1", 0.8, true);
    List<String> problems = CompareScanOutputs.differences(spark, left,
        output("changed", "run-2", 0.95, true));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("flag 2026-11-01 | m | 2 | r2: score 0.8 vs 0.95"),
        problems.toString());

    problems = CompareScanOutputs.differences(spark, left,
        output("fewer", "run-2", 0.8, false));
    assertEquals(List.of("flag 2026-11-01 | m | 2 | r2: only in the left output"), problems);
  }

  @Test
  void noFlagsIsAFailure() {
    String empty = dir.resolve("empty").toString();
    write(spark.createDataFrame(List.<Row>of(), FLAGS), empty + "/flags", "parquet");
    write(spark.createDataFrame(List.<Row>of(), REJECTS), empty + "/rejects", "json");
    List<String> problems = CompareScanOutputs.differences(spark, empty, empty);
    assertTrue(problems.get(0).startsWith("no flags: 0 in"), problems.toString());
  }

  private String output(String name, String scanId, double score, boolean second) {
    String out = dir.resolve(name).toString();
    List<Row> flags = new java.util.ArrayList<>(List.of(flag(scanId, "1", "r1", 0.6)));
    if (second) {
      flags.add(flag(scanId, "2", "r2", score));
    }
    write(spark.createDataFrame(flags, FLAGS), out + "/flags", "parquet");
    write(spark.createDataFrame(List.of(RowFactory.create("feed.jsonl", 3L, "price",
        "price is not a number", "2026-11-01")), REJECTS), out + "/rejects", "json");
    return out;
  }

  private static Row flag(String scanId, String listing, String rule, double score) {
    return RowFactory.create(scanId, "m", listing, rule, score,
        scala.jdk.javaapi.CollectionConverters.asScala(List.of("ivory")).toSeq(),
        "2026-11-01");
  }

  private static void write(Dataset<Row> rows, String path, String format) {
    rows.write().mode("overwrite").partitionBy("scan_date").format(format).save(path);
  }
}
