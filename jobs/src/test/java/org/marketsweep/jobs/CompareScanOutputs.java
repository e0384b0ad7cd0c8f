package org.marketsweep.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two scan outputs row by row: the flags (every column but the per-run
 * {@code scan_id} and {@code detected_at}) and the rejects. Run by
 * {@code .ci/spark-standalone-test} to check that a cluster run flags exactly what a
 * {@code local[*]} run flags:
 *
 * <pre>{@code
 * java -cp jobs/target/test-classes:jobs/target/marketsweep.jar:'jobs/target/lib/*' \
 *     org.marketsweep.jobs.CompareScanOutputs OUT_A OUT_B
 * }</pre>
 *
 * Exit code 0 when both hold the same non-empty flags and the same rejects, 1 otherwise.
 */
public final class CompareScanOutputs {
  /** Flag columns that differ between two runs by design. */
  static final List<String> PER_RUN = List.of("scan_id", "detected_at");
  static final List<String> FLAG_KEY = List.of("scan_date", "marketplace", "listing_id",
      "rule_id");
  static final List<String> REJECT_KEY = List.of("scan_date", "source", "line", "field",
      "reason");
  private static final int SHOWN = 20;

  private CompareScanOutputs() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: CompareScanOutputs LEFT_OUTPUT RIGHT_OUTPUT");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.getOrCreate("local[2]");
    spark.sparkContext().setLogLevel("WARN");
    List<String> problems = differences(spark, args[0], args[1]);
    spark.stop();
    problems.forEach(System.out::println);
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  /** What differs between the two outputs; empty when they agree and have flags. */
  public static List<String> differences(SparkSession spark, String left, String right) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Object>> leftFlags = rows(flags(spark, left), FLAG_KEY);
    Map<String, List<Object>> rightFlags = rows(flags(spark, right), FLAG_KEY);
    if (leftFlags.isEmpty() || rightFlags.isEmpty()) {
      problems.add("no flags: " + leftFlags.size() + " in " + left + ", " + rightFlags.size()
          + " in " + right);
    }
    problems.addAll(compare("flag", leftFlags, rightFlags));
    problems.addAll(compare("reject", rows(rejects(spark, left), REJECT_KEY),
        rows(rejects(spark, right), REJECT_KEY)));
    if (problems.isEmpty()) {
      System.out.printf("Same %d flags and same rejects in %s and %s%n", leftFlags.size(),
          left, right);
    }
    return problems;
  }

  private static Dataset<Row> flags(SparkSession spark, String output) {
    return read(spark, "parquet", output + "/flags").drop(PER_RUN.toArray(String[]::new));
  }

  private static Dataset<Row> rejects(SparkSession spark, String output) {
    return read(spark, "json", output + "/rejects");
  }

  /** The table, or no rows when there is none or it holds only empty files. */
  private static Dataset<Row> read(SparkSession spark, String format, String path) {
    try {
      return spark.read().format(format).load(path);
    } catch (Exception e) {   // AnalysisException, which javac takes for unthrown
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      System.err.println("Cannot read " + path + ": " + e.getMessage());
      return spark.emptyDataFrame();
    }
  }

  /** Rows by key; each value is the row's column names and values, in column order. */
  private static Map<String, List<Object>> rows(Dataset<Row> table, List<String> key) {
    Map<String, List<Object>> byKey = new TreeMap<>();
    if (!Arrays.asList(table.columns()).containsAll(key)) {
      return byKey;
    }
    String[] columns = table.columns();
    Arrays.sort(columns);
    for (Row r : table.collectAsList()) {
      List<Object> named = new ArrayList<>();
      for (String c : columns) {
        named.add(c);
        named.add(r.getAs(c));
      }
      String k = key.stream().map(c -> String.valueOf((Object) r.getAs(c)))
          .reduce((a, b) -> a + " | " + b).orElseThrow();
      if (byKey.put(k, named) != null) {
        byKey.put(k + " (again)", named);
      }
    }
    return byKey;
  }

  private static List<String> compare(String what, Map<String, List<Object>> left,
      Map<String, List<Object>> right) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(left.keySet());
    keys.addAll(right.keySet());
    for (String k : keys) {
      List<Object> l = left.get(k);
      List<Object> r = right.get(k);
      if (l == null || r == null) {
        problems.add(what + " " + k + ": only in the " + (l == null ? "right" : "left")
            + " output");
      } else if (!l.equals(r)) {
        problems.add(what + " " + k + ": " + columnDifferences(l, r));
      }
    }
    if (problems.size() > SHOWN) {
      int more = problems.size() - SHOWN;
      problems = new ArrayList<>(problems.subList(0, SHOWN));
      problems.add("… and " + more + " more " + what + " differences");
    }
    return problems;
  }

  private static String columnDifferences(List<Object> l, List<Object> r) {
    if (l.size() != r.size()) {
      return "different columns " + l + " vs " + r;
    }
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < l.size(); i += 2) {
      if (!l.get(i).equals(r.get(i))) {
        return "different columns " + l + " vs " + r;
      }
      if (!Objects.equals(l.get(i + 1), r.get(i + 1))) {
        diffs.add(l.get(i) + " " + l.get(i + 1) + " vs " + r.get(i + 1));
      }
    }
    return String.join("; ", diffs);
  }
}
