package org.marketsweep.cli;

import org.apache.spark.sql.SparkSession;
import org.marketsweep.jobs.SparkSessions;
import picocli.CommandLine.Option;

/** Options shared by the commands that run Spark. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*] (default), spark://host:port, yarn, k8s://…")
  String master;

  SparkSession session() {
    return SparkSessions.getOrCreate(master);
  }
}
