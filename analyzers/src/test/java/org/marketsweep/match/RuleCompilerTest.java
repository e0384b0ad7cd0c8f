package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

class RuleCompilerTest {

  /** The shipped rules, with broken ones and generated ones spread among them. */
  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(KeywordLists.load(Path.of("..", "keyword-lists"))
        .rules());
    List<Rule> generated = MatcherTestData.generatedRules(new Random(7), 600);
    for (int i = 0; i < generated.size(); i++) {
      rules.add((i * 7) % rules.size(), generated.get(i));
    }
    rules.add(0, MatcherTestData.rule("broken-first", "title:ivory", List.of("en"), null));
    rules.add(rules.size() / 2, MatcherTestData.rule("broken-middle", "NOT ivory",
        List.of("en"), null));
    rules.add(MatcherTestData.rule("broken-last", "\"unclosed phrase", List.of("en"), null));
    return rules;
  }

  @Test
  void compilingOnSeveralThreadsGivesOneCompilersQueriesAndProblemsInRuleOrder() {
    List<Rule> rules = rules();
    ListingAnalyzers analyzers = new ListingAnalyzers();
    List<RuleCompiler.Compiled> one = RuleCompiler.compileAll(analyzers, rules, 1);
    List<RuleCompiler.Compiled> three = RuleCompiler.compileAll(new ListingAnalyzers(), rules,
        3);
    assertTrue(rules.size() / RuleCompiler.RULES_PER_THREAD >= 3, "enough rules for 3 runs");
    assertEquals(rules.size(), one.size());
    assertEquals(one, three);
    RuleCompiler compiler = new RuleCompiler(analyzers);
    int problems = 0;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      RuleCompiler.Compiled c = three.get(i);
      assertEquals(rule, c.rule());
      try {
        assertEquals(compiler.compile(rule), c.query(), rule.id());
        assertNull(c.problem());
      } catch (RuleCompiler.InvalidQueryException e) {
        assertNull(c.query(), rule.id());
        assertTrue(c.problem().message().contains(e.getMessage()), c.problem().message());
        problems++;
      }
    }
    assertTrue(problems >= 3, "the broken rules are reported: " + problems);
  }
}
