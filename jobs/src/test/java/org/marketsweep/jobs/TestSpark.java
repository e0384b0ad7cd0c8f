package org.marketsweep.jobs;

import org.apache.spark.sql.SparkSession;

/** The one Spark session of the test suite (it takes seconds to start). */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      System.setProperty("spark.ui.enabled", "false");
      session = SparkSessions.getOrCreate("local[2]");
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
