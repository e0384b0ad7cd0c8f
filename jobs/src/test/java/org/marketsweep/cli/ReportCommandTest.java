package org.marketsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketsweep.cli.CliRun.run;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.jobs.ReportFixture;

/** {@code marketsweep report}: a run over the report fixture, and its usage errors. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void helpNamesTheCommand() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "report", "--help"));
    assertTrue(out.toString().startsWith("Usage: marketsweep report"), out.toString());
    assertTrue(out.toString().contains("--territorial-scope"), out.toString());
  }

  @Test
  void writesTheReportAndWarnsWithoutTerritorialScope() throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "report", "--from", "2026-03-01", "--to", "2026-03-10",
        "--warehouse", ReportFixture.warehouse(), "--out", dir.toString()), out.toString());
    Path html = dir.resolve("2026-03-10").resolve("report.html");
    assertTrue(out.toString().contains("report 2026-03-01 to 2026-03-10: 30 offers, 22"
        + " removals, 22 statements of reasons -> " + html), out.toString());
    assertTrue(out.toString().contains("warning: no --territorial-scope"), out.toString());
    assertTrue(Files.exists(html));
  }

  @Test
  void unknownTerritorialScopeIsAUsageError() {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "report", "--from", "2026-03-01", "--to", "2026-03-10",
        "--warehouse", dir.toString(), "--territorial-scope", "DE,XX"));
    assertTrue(out.toString().contains("Unknown territorial scope \"XX\""), out.toString());
  }

  @Test
  void periodEndingBeforeItStartsIsAUsageError() {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "report", "--from", "2026-03-10", "--to", "2026-03-01",
        "--warehouse", dir.toString()));
    assertTrue(out.toString().contains("--from 2026-03-10 is after --to 2026-03-01"),
        out.toString());
  }

  @Test
  void missingLifecycleIsAUsageErrorNamingTheCommandToRun() {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "report", "--from", "2026-03-01", "--to", "2026-03-10",
        "--warehouse", dir.toString()));
    assertTrue(out.toString().contains("run `marketsweep lifecycle --date 2026-03-10"),
        out.toString());
  }
}
