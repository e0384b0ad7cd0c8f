package org.marketsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled keyword lists: every list parses, every rule compiles, every example behaves,
 * and the lists flag fewer than 0.5% of 14,483 lawful product titles.
 */
class ShippedListsTest {
  static final Path LISTS = Path.of("..", "keyword-lists");

  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    assertEquals(expectedExit, CliRun.run(out, args), out.toString());
    return out.toString();
  }

  @Test
  void everyListPassesItsExamples() {
    assertTrue(Files.isDirectory(LISTS), LISTS.toAbsolutePath().toString());
    String out = run(0, "lists", "check", LISTS.toString());
    assertTrue(out.contains("all good"), out);
  }

  @Test
  void lawfulTitlesAreAlmostNeverFlagged() throws Exception {
    Path titles = Path.of(getClass().getResource("/lawful/product-titles.txt.gz").toURI());
    String out = run(0, "lists", "stats", LISTS.toString(), "--titles", titles.toString(),
        "--max-flagged-share", "0.5");
    assertTrue(out.contains("Lawful titles: 14483"), out);
  }
}
