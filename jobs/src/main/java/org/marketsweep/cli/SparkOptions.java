package org.marketsweep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.marketsweep.jobs.SparkSessions;
import picocli.CommandLine.Option;

/** Options shared by the commands that run Spark. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*] (default), spark://host:port, local-cluster[…];"
          + " yarn and k8s://… through spark-submit.")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Spark setting (repeatable), e.g. spark.executor.memory=4g or"
          + " spark.hadoop.fs.s3a.endpoint=…; wins over spark-submit's and the defaults.")
  Map<String, String> conf = new LinkedHashMap<>();

  SparkSession session() {
    conf.keySet().forEach(SparkOptions::checkKey);
    return SparkSessions.getOrCreate(master, conf);
  }

  /** Whether the executors will run in this JVM (local mode). */
  boolean inProcess() {
    return SparkSessions.inProcess(conf.getOrDefault("spark.master",
        SparkSessions.effectiveMaster(master)));
  }

  private static void checkKey(String key) {
    if (!key.startsWith("spark.")) {
      throw new IllegalArgumentException("--conf " + key + ": Spark settings start with"
          + " \"spark.\" (a Hadoop setting such as fs.s3a.endpoint is passed as"
          + " spark.hadoop.fs.s3a.endpoint)");
    }
  }
}
