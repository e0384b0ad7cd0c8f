package org.marketsweep.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * What {@code marketsweep lists check} does: parses every list below a folder, compiles every
 * rule, and runs every example through the real matcher. A {@code match} example must raise
 * its rule; a {@code no_match} example must not.
 */
public final class ListChecker {
  static final int BATCH = 256;

  /** Counts, and every problem found, in file order. */
  public record Report(int lists, int rules, int examples, List<ListProblem> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private record Case(Rule rule, Example example, boolean mustMatch) {}

  private ListChecker() {}

  public static Report check(Path root) {
    return check(root, MatcherEngine.FAST);
  }

  public static Report check(Path root, MatcherEngine engine) {
    KeywordLists.Loaded loaded = KeywordLists.load(root);
    List<ListProblem> problems = new ArrayList<>(loaded.problems());
    int examples = checkExamples(loaded.rules(), engine, problems, new HashSet<>());
    problems.sort(java.util.Comparator.comparing(ListProblem::file)
        .thenComparingInt(ListProblem::line));
    return new Report(loaded.lists().size(), loaded.rules().size(), examples, problems);
  }

  /**
   * The rules that compile and pass their own examples, in their order: what a list holding
   * them all would keep after {@code lists check} and its fixes.
   */
  public static List<Rule> passing(List<Rule> rules, MatcherEngine engine) {
    Set<String> failing = new HashSet<>();
    checkExamples(rules, engine, new ArrayList<>(), failing);
    return rules.stream().filter(r -> !failing.contains(r.id())).toList();
  }

  /**
   * Compiles {@code rules} and runs their examples; adds every problem to {@code problems} and
   * the id of every rule left out or failing an example to {@code failing}.
   *
   * @return how many examples were run
   */
  private static int checkExamples(List<Rule> rules, MatcherEngine engine,
      List<ListProblem> problems, Set<String> failing) {
    MatcherEngine.Built build = engine.build(rules);
    problems.addAll(build.problems());
    List<Case> cases = new ArrayList<>();
    for (Rule rule : rules) {
      if (!build.matcher().hasRule(rule.id())) {
        failing.add(rule.id());
        continue;
      }
      rule.matchExamples().forEach(e -> cases.add(new Case(rule, e, true)));
      rule.noMatchExamples().forEach(e -> cases.add(new Case(rule, e, false)));
    }
    try (ListingMatcher matcher = build.matcher()) {
      for (int from = 0; from < cases.size(); from += BATCH) {
        List<Case> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
        List<MatchResult> results =
            matcher.match(batch.stream().map(c -> c.example().listing()).toList());
        for (int i = 0; i < batch.size(); i++) {
          if (!checkCase(batch.get(i), results.get(i), problems)) {
            failing.add(batch.get(i).rule().id());
          }
        }
      }
    }
    return cases.size();
  }

  private static boolean checkCase(Case c, MatchResult result, List<ListProblem> problems) {
    boolean matched = result.matches().stream()
        .anyMatch(m -> m.rule().id().equals(c.rule().id()));
    if (matched != c.mustMatch()) {
      problems.add(new ListProblem(c.rule().file(), c.example().line(), "rule " + c.rule().id()
          + (c.mustMatch() ? ": match example does not match: \"" : ": no_match example"
          + " matches: \"") + c.example().listing().title() + "\" (language "
          + result.language() + ")"));
      return false;
    }
    return true;
  }
}
