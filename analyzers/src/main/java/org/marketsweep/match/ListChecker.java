package org.marketsweep.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    MatcherEngine.Built build = engine.build(loaded.rules());
    problems.addAll(build.problems());
    List<Case> cases = new ArrayList<>();
    for (Rule rule : loaded.rules()) {
      if (!build.matcher().hasRule(rule.id())) {
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
          checkCase(batch.get(i), results.get(i), problems);
        }
      }
    }
    problems.sort(java.util.Comparator.comparing(ListProblem::file)
        .thenComparingInt(ListProblem::line));
    return new Report(loaded.lists().size(), loaded.rules().size(), cases.size(), problems);
  }

  private static void checkCase(Case c, MatchResult result, List<ListProblem> problems) {
    boolean matched = result.matches().stream()
        .anyMatch(m -> m.rule().id().equals(c.rule().id()));
    if (matched != c.mustMatch()) {
      problems.add(new ListProblem(c.rule().file(), c.example().line(), "rule " + c.rule().id()
          + (c.mustMatch() ? ": match example does not match: \"" : ": no_match example"
          + " matches: \"") + c.example().listing().title() + "\" (language "
          + result.language() + ")"));
    }
  }
}
