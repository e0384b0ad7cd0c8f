package org.marketsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketsweep.cli.CliRun.run;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.jobs.TestSpark;

class MarketsweepCliTest {
  @TempDir Path dir;

  @Test
  void usageErrorsExitWith2() {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "scan", "--output", "x"));
    assertTrue(out.toString().contains("Missing required option: '--input=FILE|DIR'"),
        out.toString());
    assertEquals(2, run(new StringWriter(), "no-such-command"));
  }

  @Test
  void sparkConfMustBeKeyValueWithASparkKey() {
    StringWriter out = new StringWriter();
    assertEquals(2, run(out, "scan", "--input", "x", "--output", "y", "--conf",
        "fs.s3a.endpoint=http://127.0.0.1:9000"));
    assertTrue(out.toString().contains("--conf fs.s3a.endpoint: Spark settings start with"
        + " \"spark.\""), out.toString());
    out = new StringWriter();
    assertEquals(2, run(out, "scan", "--input", "x", "--output", "y", "--conf",
        "spark.executor.memory"));
    assertTrue(out.toString().contains("KEY=VALUE"), out.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "scan", "ingest", "lists"}) {
      StringWriter out = new StringWriter();
      assertEquals(0, run(out, command, "--help"));
      assertTrue(out.toString().startsWith("Usage: marketsweep " + command), out.toString());
    }
  }

  @Test
  void listsCheckExitsNonZeroAndNamesFileAndLine() throws Exception {
    Path list = dir.resolve("wildlife/broken.yaml");
    Files.createDirectories(list.getParent());
    Files.writeString(list, "name: broken\nversion: 1.0.0\nrules:\n  - id: b1\n"
        + "    query: 'ivory AND \"carv'\n"
        + "    examples: {match: [ivory carving], no_match: [oak]}\n");
    StringWriter out = new StringWriter();
    assertEquals(1, run(out, "lists", "check", dir.toString()));
    assertTrue(out.toString().startsWith(list + ":5: rule b1: Cannot parse"), out.toString());
  }

  @Test
  void scanWithRejectsExitsWith3() throws Exception {
    TestSpark.session();
    Path feed = Path.of(getClass().getResource("/feeds/listings.jsonl").toURI());
    Path lists = Path.of(getClass().getResource("/lists").toURI());
    StringWriter out = new StringWriter();
    assertEquals(3, run(out, "scan", "--input", feed.toString(), "--output",
        dir.resolve("out").toString(), "--lists", lists.toString(), "--date", "2026-11-01"));
    assertTrue(out.toString().contains("rows read                  15"), out.toString());
  }
}
