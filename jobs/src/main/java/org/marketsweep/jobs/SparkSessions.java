package org.marketsweep.jobs;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark session of a run: {@code local[*]} unless a master is given (or set by
 * {@code spark-submit}), UTC session time zone, timestamps written as Parquet
 * {@code TIMESTAMP_MICROS}, and partition overwrite limited to the partitions written.
 *
 * <p>Configuration resolves in this order: the {@code conf} entries (the CLI's
 * {@code --conf key=value}), then system properties (what {@code spark-submit} passes), then
 * these defaults. When the executors run in other JVMs (any master but {@code local} and
 * {@code local[…]}) and {@code spark-submit} did not start the driver, the jar holding these
 * classes is added to {@code spark.jars} so that the executors can load the jobs' functions;
 * their dependencies must be on the executors' class path (a cluster's
 * {@code SPARK_HOME/jars}, or {@code spark.jars} / {@code --jars}).
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

  private SparkSessions() {}

  /**
   * Returns the active session, or creates one.
   *
   * @param master null to keep the master set by spark-submit or default to local[*]
   */
  public static SparkSession getOrCreate(String master) {
    return getOrCreate(master, Map.of());
  }

  /**
   * Returns the active session, or creates one with extra Spark configuration.
   *
   * @param master null to keep the master set by spark-submit or default to local[*]
   * @param conf Spark configuration that wins over system properties and defaults
   */
  public static SparkSession getOrCreate(String master, Map<String, String> conf) {
    String effective = effectiveMaster(master);
    Map<String, String> settings = settings(effective, conf);
    SparkSession.Builder b = SparkSession.builder().appName("marketsweep").master(effective);
    settings.forEach(b::config);
    return b.getOrCreate();
  }

  /** The configuration a session on {@code master} gets, defaults first, {@code conf} last. */
  static Map<String, String> settings(String master, Map<String, String> conf) {
    Map<String, String> s = new LinkedHashMap<>();
    defaultIfUnset(s, conf, "spark.ui.enabled", "false");
    if (inProcess(master)) {
      defaultIfUnset(s, conf, "spark.sql.shuffle.partitions",
          String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    s.put("spark.sql.session.timeZone", "UTC");
    s.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    s.put("spark.sql.sources.partitionOverwriteMode", "dynamic");
    s.put("spark.sql.adaptive.enabled", "true");
    s.putAll(conf);
    if (!inProcess(master) && System.getProperty("spark.submit.deployMode") == null) {
      applicationJar().ifPresentOrElse(
          jar -> s.put("spark.jars", withJar(jarsSetting(conf), jar)),
          () -> LOG.warn("Not running from a jar: executors of {} need the marketsweep"
              + " classes on their class path", master));
    }
    return s;
  }

  /** The master a session gets: {@code master}, else spark-submit's, else local[*]. */
  public static String effectiveMaster(String master) {
    String configured = System.getProperty("spark.master");
    return master != null ? master : configured != null ? configured : "local[*]";
  }

  /** True for masters whose executors run inside the driver JVM. */
  public static boolean inProcess(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  private static void defaultIfUnset(Map<String, String> s, Map<String, String> conf,
      String key, String value) {
    if (!conf.containsKey(key) && System.getProperty(key) == null) {
      s.put(key, value);
    }
  }

  private static String jarsSetting(Map<String, String> conf) {
    String jars = conf.getOrDefault("spark.jars", System.getProperty("spark.jars"));
    return jars == null ? "" : jars;
  }

  /** {@code jars} (comma-separated) with {@code jar} added unless a jar of its name is there. */
  static String withJar(String jars, Path jar) {
    List<String> list = new ArrayList<>();
    for (String j : jars.split(",")) {
      if (!j.isBlank()) {
        list.add(j.trim());
      }
    }
    String name = jar.getFileName().toString();
    if (list.stream().noneMatch(j -> j.endsWith("/" + name) || j.equals(name))) {
      list.add(jar.toAbsolutePath().toString());
    }
    return String.join(",", list);
  }

  /** The jar these classes were loaded from, if they were loaded from a jar. */
  static Optional<Path> applicationJar() {
    CodeSource source = SparkSessions.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.toString().endsWith(".jar")
          ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
