package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private final Path jar = Path.of("/opt/marketsweep/jobs/target/marketsweep.jar");

  @Test
  void executorsInOtherJvmsOnlyForClusterMasters() {
    assertTrue(SparkSessions.inProcess("local"));
    assertTrue(SparkSessions.inProcess("local[*]"));
    assertTrue(SparkSessions.inProcess("local[2,3]"));
    assertFalse(SparkSessions.inProcess("local-cluster[2,1,1024]"));
    assertFalse(SparkSessions.inProcess("spark://127.0.0.1:7077"));
    assertFalse(SparkSessions.inProcess("yarn"));
  }

  @Test
  void applicationJarIsAddedOnceToTheJarsGiven() {
    assertEquals(jar.toString(), SparkSessions.withJar("", jar));
    assertEquals("/x/extra.jar," + jar, SparkSessions.withJar(" /x/extra.jar ,", jar));
    assertEquals("file:/y/marketsweep.jar",
        SparkSessions.withJar("file:/y/marketsweep.jar", jar));
    assertEquals("marketsweep.jar", SparkSessions.withJar("marketsweep.jar", jar));
  }

  @Test
  void confWinsOverTheDefaults() {
    Map<String, String> s = SparkSessions.settings("local[*]",
        Map.of("spark.sql.shuffle.partitions", "3", "spark.executor.memory", "4g"));
    assertEquals("3", s.get("spark.sql.shuffle.partitions"));
    assertEquals("4g", s.get("spark.executor.memory"));
    assertEquals("UTC", s.get("spark.sql.session.timeZone"));
    assertFalse(s.containsKey("spark.jars"), "local runs ship no jar");
  }

  @Test
  void clusterMastersKeepTheSparkDefaultPartitions() {
    Map<String, String> s = SparkSessions.settings("spark://127.0.0.1:7077", Map.of());
    assertFalse(s.containsKey("spark.sql.shuffle.partitions"));
    // Tests run from classes, not from the jar: nothing to ship.
    assertFalse(s.containsKey("spark.jars"));
  }
}
