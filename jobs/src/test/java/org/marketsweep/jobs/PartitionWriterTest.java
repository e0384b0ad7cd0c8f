package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionWriterTest {
  @TempDir Path table;

  private static final StructType SCHEMA = new StructType().add("n", DataTypes.IntegerType);

  /** Fails on one row, as a run killed in the middle of writing would. */
  static final class FailOn implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int bad;

    FailOn(int bad) {
      this.bad = bad;
    }

    @Override
    public Row call(Row row) {
      if (row.getInt(0) == bad) {
        throw new IllegalStateException("simulated crash while writing row " + bad);
      }
      return row;
    }
  }

  private Dataset<Row> rows(int count) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(RowFactory.create(i));
    }
    return TestSpark.session().createDataFrame(rows, SCHEMA).repartition(4);
  }

  @Test
  void aRunThatDiesLeavesThePreviousPartitionIntact() {
    var spark = TestSpark.session();
    PartitionWriter.replace(spark, rows(100), table.toString(), "d=2026-11-01", "parquet");
    PartitionWriter.replace(spark, rows(10), table.toString(), "d=2026-11-02", "parquet");
    Dataset<Row> crashing = rows(500).map(new FailOn(321), Encoders.row(SCHEMA));
    assertThrows(Exception.class, () -> PartitionWriter.replace(spark, crashing,
        table.toString(), "d=2026-11-01", "parquet"));
    assertEquals(100, spark.read().parquet(table + "/d=2026-11-01").count());
    assertEquals(110, spark.read().parquet(table.toString()).count());
    PartitionWriter.replace(spark, rows(500), table.toString(), "d=2026-11-01", "parquet");
    assertEquals(510, spark.read().parquet(table.toString()).count());
  }
}
