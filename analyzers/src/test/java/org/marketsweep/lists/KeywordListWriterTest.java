package org.marketsweep.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.match.ListingText;

class KeywordListWriterTest {
  @TempDir Path dir;

  @Test
  void theShippedListsReadBackAsTheSameRules() throws Exception {
    List<Rule> shipped = KeywordLists.load(Path.of("..", "keyword-lists")).rules();
    List<Path> files = KeywordListWriter.write(dir, shipped);
    assertEquals(shipped.stream().map(Rule::listName).distinct().count(), files.size());
    KeywordLists.Loaded back = KeywordLists.load(dir);
    assertEquals(List.of(), back.problems());
    assertEquals(sorted(shipped).stream().map(KeywordListWriterTest::placeless).toList(),
        sorted(back.rules()).stream().map(KeywordListWriterTest::placeless).toList());
  }

  @Test
  void everyFieldOfARuleSurvives() throws Exception {
    Conditions conditions = new Conditions(new BigDecimal("49.90"), new BigDecimal("5"),
        Set.of("EUR", "USD"), List.of("jewellery"), List.of("books: art"), Set.of("shop-a"));
    ListingText full = new ListingText("Carved ivory: 12\" tusk", "yes\nno", "en",
        new BigDecimal("30.00"), "EUR", "jewellery", "shop-a");
    Rule rule = new Rule("ivory-1", "ivory AND (\"carved tusk\"~2 OR netsuke) NOT resin",
        Category.WILDLIFE, "STATEMENT_CATEGORY_ANIMAL_WELFARE", Severity.CRITICAL,
        List.of("en", "de"), "Ivory: 'carved' # not a comment", conditions,
        Map.of("cites", "Appendix I", "note", "true"),
        List.of(new Example(full, 0)), List.of(new Example(ListingText.of("null"), 0)),
        "ivory-list", "2.1.0-rc.1", "x.yaml", 1);
    Rule plain = new Rule("ivory-2", "elfenbein", Category.WILDLIFE,
        Category.WILDLIFE.defaultDsaCategory(), Severity.MEDIUM, List.of(), null,
        Conditions.NONE, Map.of(), List.of(new Example(ListingText.of("Elfenbein"), 0)),
        List.of(new Example(ListingText.of("Holz"), 0)), "ivory-list", "2.1.0-rc.1",
        "x.yaml", 2);
    KeywordListWriter.write(dir, List.of(rule, plain));
    List<Rule> back = KeywordLists.load(dir).rules();
    assertEquals(List.of(placeless(rule), placeless(plain)),
        back.stream().map(KeywordListWriterTest::placeless).toList());
  }

  @Test
  void rulesSharingTheirLanguagesAndConditionsAreEachWrittenInFull() throws Exception {
    List<String> languages = List.of("en", "fr");
    Conditions conditions = new Conditions(new BigDecimal("10"), null, Set.of(), List.of(),
        List.of(), Set.of());
    List<Rule> rules = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      rules.add(new Rule("r" + i, "ivory", Category.WILDLIFE,
          Category.WILDLIFE.defaultDsaCategory(), Severity.HIGH, languages, null, conditions,
          Map.of(), List.of(new Example(ListingText.of("ivory"), 0)),
          List.of(new Example(ListingText.of("oak"), 0)), "shared", "1.0.0", "x.yaml", i));
    }
    KeywordListWriter.write(dir, rules);
    KeywordLists.Loaded back = KeywordLists.load(dir);
    assertEquals(List.of(), back.problems());
    assertEquals(rules.stream().map(KeywordListWriterTest::placeless).toList(),
        back.rules().stream().map(KeywordListWriterTest::placeless).toList());
  }

  @Test
  void aRuleWithoutExamplesIsRefused() {
    Rule bare = new Rule("r", "ivory", Category.WILDLIFE, null, Severity.LOW, List.of(), null,
        Conditions.NONE, Map.of(), List.of(), List.of(new Example(ListingText.of("oak"), 0)),
        "l", "1.0.0", "x.yaml", 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KeywordListWriter.write(dir, List.of(bare)));
    assertTrue(e.getMessage().contains("rule r (x.yaml:1)"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("l.yaml")));
  }

  private static List<Rule> sorted(List<Rule> rules) {
    return rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
  }

  /** The rule without where it was read from. */
  private static Rule placeless(Rule r) {
    return new Rule(r.id(), r.query(), r.category(), r.dsaCategory(), r.severity(),
        r.languages(), r.description(), r.conditions(), r.info(), lineless(r.matchExamples()),
        lineless(r.noMatchExamples()), r.listName(), r.listVersion(), "", 0);
  }

  private static List<Example> lineless(List<Example> examples) {
    return examples.stream().map(e -> new Example(e.listing(), 0)).toList();
  }
}
