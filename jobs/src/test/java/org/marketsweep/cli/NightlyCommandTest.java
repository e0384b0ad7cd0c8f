package org.marketsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketsweep.cli.CliRun.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.batch.BatchRepository;
import org.marketsweep.batch.NightlyJob;
import org.marketsweep.jobs.TestSpark;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import picocli.CommandLine;

/**
 * The nightly job on the bundled demo day 2026-11-01 (two marketplaces, three bad rows, the
 * day's notices and decisions), configured by a YAML file: once uninterrupted, and once in
 * another process that is killed during the scan step and then re-run.
 */
class NightlyCommandTest {
  static final String DAY = "2026-11-01";
  static final Path DEMO = Path.of("..", "demo").toAbsolutePath().normalize();
  static final Path LISTS = Path.of("..", "keyword-lists").toAbsolutePath().normalize();

  @TempDir static Path dir;
  static Path config;
  static Path clean;
  static String firstRun;

  @BeforeAll
  static void runUninterrupted() throws Exception {
    TestSpark.session();
    config = dir.resolve("nightly.yaml");
    Files.writeString(config, """
        marketsweep:
          lists: %s
          nightly:
            feeds:
              - marketplace: shopnet
                source: %s/feeds/shopnet/{date}.jsonl
              - marketplace: bazaar-eu
                source: %s/feeds/bazaar-eu/{date}.jsonl
            notices: %s/events/notices/{date}.jsonl
            removals: %s/events/removals/{date}.jsonl
            decisions: %s/events/decisions/{date}.jsonl
            repeat-threshold: 2
        """.formatted(LISTS, DEMO, DEMO, DEMO, DEMO, DEMO));
    clean = dir.resolve("clean");
    StringWriter out = new StringWriter();
    assertEquals(Marketsweep.REJECTED_ROWS, run(out, "nightly", "--config", config.toString(),
        "--date", DAY, "--warehouse", clean.toString()), out.toString());
    firstRun = out.toString();
  }

  @Test
  void runsEveryStepInOrder() {
    int last = -1;
    for (String step : new String[] {"ingest", "crawl", "events", "scan", "lifecycle",
        "metrics", "report"}) {
      int at = firstRun.indexOf("step " + step + " started");
      assertTrue(at > last, step + " missing or out of order:\n" + firstRun);
      last = at;
    }
    assertTrue(firstRun.contains("nightly " + DAY + ": COMPLETED"), firstRun);
    assertTrue(Files.isDirectory(clean.resolve("metrics/as_of=" + DAY)));
    assertTrue(Files.isDirectory(clean.resolve("notices/load_date=" + DAY)));
  }

  @Test
  void aCompletedDateIsRefusedUnlessRerun() throws Exception {
    Path wh = clean;
    List<String> before = rows(clean);
    StringWriter out = new StringWriter();
    assertEquals(Marketsweep.FAILURE, run(out, "nightly", "--config", config.toString(),
        "--date", DAY, "--warehouse", wh.toString()));
    assertTrue(out.toString().contains("already completed") && out.toString()
        .contains("--rerun"), out.toString());
    StringWriter again = new StringWriter();
    assertEquals(Marketsweep.REJECTED_ROWS, run(again, "nightly", "--config",
        config.toString(), "--date", DAY, "--warehouse", wh.toString(), "--rerun"));
    assertEquals(before, rows(wh), "a re-run replaces the day's outputs");
  }

  @Test
  void optionsComeFromSpringProperties() {
    String[] args = {"nightly", "--config", config.toString(), "--date", DAY};
    System.setProperty("marketsweep.nightly.warehouse", dir.resolve("props").toString());
    try {
      CommandLine.ParseResult parsed = Marketsweep.commandLine(args).parseArgs(args);
      NightlyCommand nightly = (NightlyCommand) parsed.subcommand().commandSpec().userObject();
      assertEquals(dir.resolve("props").toString(), nightly.warehouse, "system property");
      assertEquals(LISTS, nightly.lists, "marketsweep.lists of the config file");
      String[] explicit = {"nightly", "--config", config.toString(), "--warehouse", "w"};
      NightlyCommand given = (NightlyCommand) Marketsweep.commandLine(explicit)
          .parseArgs(explicit).subcommand().commandSpec().userObject();
      assertEquals("w", given.warehouse, "the command line wins");
    } finally {
      System.clearProperty("marketsweep.nightly.warehouse");
    }
  }

  @Test
  void scheduleLaunchesTheJobForYesterdayEachTimeTheCronFires() throws Exception {
    Path empty = dir.resolve("scheduled");
    StringWriter out = new StringWriter();
    String[] args = {"nightly", "--warehouse", empty.toString(), "--lists", LISTS.toString(),
        "--schedule", "* * * * * *"};
    Thread t = new Thread(() -> run(out, args));
    t.start();
    String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1)
        .toString();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline
        && out.toString().split("nightly " + yesterday + " failed", -1).length < 3) {
      Thread.sleep(200);
    }
    t.interrupt();
    t.join(60_000);
    String text = out.toString();
    assertTrue(text.contains("nightly: scheduled \"* * * * * *\" (UTC); next run at"), text);
    // nothing to scan in an empty warehouse: every launch fails at the scan step, and is
    // launched again (restarted) at the next tick
    assertTrue(text.split("nightly " + yesterday + " failed", -1).length >= 3, text);
    assertTrue(text.contains("No listings snapshot"), text);
    assertTrue(!t.isAlive(), "the scheduler stops with the command");
  }

  @Test
  void aRunKilledDuringTheScanRestartsToTheSameOutputs() throws Exception {
    Path wh = dir.resolve("killed");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Xmx")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.marketsweep.cli.Marketsweep", "nightly", "--config", config.toString(), "--date",
        DAY, "--warehouse", wh.toString(), "--master", "local[2]"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    StringBuilder seen = new StringBuilder();
    boolean killed = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        seen.append(line).append('\n');
        if (line.contains("step scan started")) {
          p.destroyForcibly();
          killed = true;
          break;
        }
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(killed, "the scan step never started:\n" + seen);
    try (BatchRepository batch = BatchRepository.open(wh.resolve("_batch"),
        BatchRepository.Settings.DEFAULT)) {
      assertTrue(batch.explorer().getLastJobInstance(NightlyJob.NAME) != null,
          "no job instance in the repository after the kill:\n" + seen);
      JobExecution e = batch.explorer().getLastJobExecution(batch.explorer()
          .getLastJobInstance(NightlyJob.NAME));
      assertEquals(BatchStatus.FAILED, e.getStatus(), "the killed execution is marked failed");
      for (StepExecution s : e.getStepExecutions()) {
        assertEquals(s.getStepName().equals("scan") ? BatchStatus.FAILED
            : BatchStatus.COMPLETED, s.getStatus(), s.getStepName());
      }
      assertEquals(List.of("ingest", "crawl", "events", "scan"), e.getStepExecutions().stream()
          .map(StepExecution::getStepName).toList());
    }
    StringWriter out = new StringWriter();
    assertEquals(Marketsweep.OK, run(out, "nightly", "--config", config.toString(), "--date",
        DAY, "--warehouse", wh.toString()), out.toString());
    assertTrue(out.toString().contains("restarting execution"), out.toString());
    assertTrue(!out.toString().contains("step ingest started"), "completed steps are skipped");
    assertEquals(rows(clean), rows(wh));
  }

  /** Every output row of a warehouse, as sorted text, without the per-run scan id and time. */
  static List<String> rows(Path warehouse) {
    List<String> all = new ArrayList<>();
    for (String table : new String[] {"listings", "flags", "notices", "decisions", "lifecycle",
        "metrics"}) {
      Dataset<Row> d = TestSpark.session().read().parquet(warehouse.resolve(table).toString());
      for (String perRun : new String[] {"scan_id", "detected_at"}) {
        if (table.equals("flags")) {
          d = d.drop(perRun);
        }
      }
      List<String> rows = new ArrayList<>();
      for (Row r : d.collectAsList()) {
        rows.add(table + " " + r.mkString("|"));
      }
      assertEquals(rows.size(), new java.util.HashSet<>(rows).size(),
          "duplicate rows in " + table + " of " + warehouse);
      all.addAll(rows);
    }
    all.sort(null);
    return all;
  }

}
