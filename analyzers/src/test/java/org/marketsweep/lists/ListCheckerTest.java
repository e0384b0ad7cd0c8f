package org.marketsweep.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.match.ListChecker;
import org.marketsweep.match.MonitorMatcherTest;

class ListCheckerTest {
  @TempDir Path dir;

  @Test
  void testListsPassTheirOwnExamples() throws Exception {
    ListChecker.Report report = ListChecker.check(MonitorMatcherTest.testLists());
    assertEquals(List.of(), report.problems());
    assertEquals(3, report.lists());
    assertEquals(6, report.rules());
  }

  @Test
  void brokenQueryIsReportedWithFileAndLine() throws IOException {
    Path file = write("wildlife/bad.yaml", """
        name: bad
        version: 1.0.0
        rules:
          - id: ok-rule
            query: ivory
            examples: {match: [ivory carving], no_match: [oak carving]}
          - id: broken
            query: 'ivory AND "carv'
            examples: {match: [ivory carving], no_match: [oak carving]}
        """);
    ListChecker.Report report = ListChecker.check(dir);
    assertFalse(report.ok());
    assertEquals(1, report.problems().size(), report.problems().toString());
    ListProblem p = report.problems().get(0);
    assertEquals(file.toString(), p.file());
    assertEquals(8, p.line());
    assertTrue(p.message().startsWith("rule broken: "), p.message());
  }

  @Test
  void structuralMistakesAreAllReported() throws IOException {
    write("lists/x.yaml", """
        name: Bad Name
        version: one
        category: weapons
        rules:
          - id: r1
            query: ivory
            severity: extreme
            colour: red
            examples: {match: [ivory]}
        """);
    List<String> messages = ListChecker.check(dir).problems().stream()
        .map(ListProblem::toString).toList();
    String all = String.join("\n", messages);
    assertTrue(all.contains("x.yaml:1: list name \"Bad Name\""), all);
    assertTrue(all.contains("x.yaml:2: version \"one\""), all);
    assertTrue(all.contains("x.yaml:3: unknown category \"weapons\""), all);
    assertTrue(all.contains("x.yaml:7: unknown severity \"extreme\""), all);
    assertTrue(all.contains("x.yaml:8: unknown key 'colour'"), all);
    assertTrue(all.contains("rule r1 has no 'no_match' example"), all);
  }

  @Test
  void failingExamplesAndDuplicateIdsAreReported() throws IOException {
    write("unsafe/a.yaml", """
        name: a
        version: 1.0.0
        rules:
          - id: lead-toy
            query: lead AND paint AND toy
            examples:
              match: [toy with lead paint, lead toy]
              no_match: [lead-free paint for a toy]
        """);
    write("unsafe/b.txt", "# name: b\n# name: b\nlead toy\n");
    write("unsafe/c.yaml", """
        name: c
        version: 1.0.0
        rules:
          - id: lead-toy
            query: toy
            examples: {match: [toy], no_match: [car]}
        """);
    String all = ListChecker.check(dir).problems().toString();
    assertTrue(all.contains("a.yaml:7: rule lead-toy: match example does not match: \"lead toy\""),
        all);
    assertTrue(all.contains("a.yaml:8: rule lead-toy: no_match example matches"), all);
    assertTrue(all.contains("c.yaml:5: rule id \"lead-toy\" is already used at"), all);
  }

  @Test
  void invalidYamlNamesTheLine() throws IOException {
    write("counterfeit/y.yaml", "name: y\nversion: 1.0.0\nrules:\n  - id: [unclosed\n");
    List<ListProblem> problems = ListChecker.check(dir).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().startsWith("invalid YAML"), problems.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
