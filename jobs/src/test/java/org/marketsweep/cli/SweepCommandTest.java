package org.marketsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketsweep.cli.CliRun.run;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.marketsweep.batch.BatchRepository;
import org.marketsweep.batch.SweepJob;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.IngestListingsJob;
import org.marketsweep.jobs.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/** Usage errors of {@code sweep}, found before any Spark work. */
class SweepCommandTest {
  @TempDir Path dir;

  private Path list(String text) throws Exception {
    return Files.writeString(dir.resolve("request.txt"), text);
  }

  @Test
  void helpNamesTheCommand() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "sweep", "--help"));
    assertTrue(out.toString().startsWith("Usage: marketsweep sweep"), out.toString());
  }

  @Test
  void pseudonymiseWithoutKeyIsAUsageError() throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "sweep", "--list", list("# category: wildlife\nivory\n")
        .toString(), "--from", "2026-11-01", "--to", "2026-11-02", "--warehouse",
        dir.toString(), "--pseudonymise", "--key-env", "MARKETSWEEP_TEST_UNSET_KEY_4711"));
    assertTrue(out.toString().contains("MARKETSWEEP_TEST_UNSET_KEY_4711"), out.toString());
  }

  @Test
  void plainTextListWithoutCategoryIsAUsageError() throws Exception {
    Path file = list("ivory\n");
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "sweep", "--list", file.toString(), "--from", "2026-11-01",
        "--to", "2026-11-02", "--warehouse", dir.toString()));
    assertTrue(out.toString().contains(file + ":1: plain-text list needs a '# category:"),
        out.toString());
    assertTrue(out.toString().contains("--category"), out.toString());
    StringWriter bad = new StringWriter();
    assertEquals(2, run(bad, "sweep", "--list", file.toString(), "--from", "2026-11-01",
        "--to", "2026-11-02", "--warehouse", dir.toString(), "--category", "weapons"));
    assertTrue(bad.toString().contains("\"weapons\""), bad.toString());
  }

  @Test
  void sweepsAWarehouseAndWarnsAboutMissingDays() throws Exception {
    Path feed = Path.of(getClass().getResource("/feeds/listings.jsonl").toURI());
    Path warehouse = dir.resolve("wh");
    new IngestListingsJob(TestSpark.session(), feed.toString(), "m1",
        LocalDate.parse("2026-11-01"), warehouse.toString(),
        new ListingParser(FeedMapping.identity())).execute();
    Path list = Path.of(getClass().getResource("/lists/wildlife/ivory.yaml").toURI());
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "sweep", "--list", list.toString(), "--from", "2026-11-01",
        "--to", "2026-11-02", "--warehouse", warehouse.toString()), out.toString());
    String text = out.toString();
    assertTrue(text.contains("warning: no snapshot on 1 day(s) of the period: 2026-11-02"),
        text);
    assertTrue(text.matches("(?s).*hits\\s+2\\s+-> .*/sweeps/sweep_id=[0-9a-f]{16}\\n.*"),
        text);
    StringWriter again = new StringWriter();
    assertEquals(0, run(again, "sweep", "--list", list.toString(), "--from", "2026-11-01",
        "--to", "2026-11-02", "--warehouse", warehouse.toString()), again.toString());
    try (BatchRepository batch = BatchRepository.open(warehouse.resolve("_batch/sweeps"),
        BatchRepository.Settings.DEFAULT)) {
      var instances = batch.explorer().getJobInstances(SweepJob.NAME, 0, 10);
      assertEquals(2, instances.size(), "a completed sweep run again is a new job instance");
      for (var instance : instances) {
        assertEquals(BatchStatus.COMPLETED, batch.explorer().getLastJobExecution(instance)
            .getStatus());
        assertEquals(text.replaceAll("(?s).*sweep_id=([0-9a-f]{16}).*", "$1"), batch.explorer()
            .getLastJobExecution(instance).getJobParameters().getString("sweep_id"));
      }
      assertTrue(batch.explorer().getJobInstances("nightly", 0, 1).isEmpty(),
          "sweeps never touch the nightly job's repository");
    }
    StringWriter intoFlags = new StringWriter();
    assertEquals(2, run(intoFlags, "sweep", "--list", list.toString(), "--from", "2026-11-01",
        "--to", "2026-11-01", "--warehouse", warehouse.toString(), "--out",
        warehouse.resolve("flags/x").toString()));
    assertTrue(intoFlags.toString().contains("overlaps the nightly table"),
        intoFlags.toString());
  }
}
