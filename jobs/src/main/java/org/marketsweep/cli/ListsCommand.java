package org.marketsweep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.match.ListChecker;
import org.marketsweep.match.MatcherEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code marketsweep lists check|stats}: validate and measure keyword lists. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Validate keyword lists and measure how noisy their rules are.",
    subcommands = {ListsCommand.Check.class, ListStatsCommand.class})
final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: check or"
        + " stats");
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Parse every list, compile every rule and run every example."
          + " Prints file:line: problem for each failure; exit code 1 if any.")
  static final class Check implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR",
        description = "Folder (or one list file); default: the bundled keyword-lists.")
    Path dir;

    @CommandLine.Option(names = "--engine", defaultValue = "fast",
        converter = EngineConverter.class,
        description = "Matcher: fast (default) or monitor (Lucene Monitor, the reference).")
    MatcherEngine engine;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path root = Paths.existing(dir == null ? Paths.defaultLists() : dir, "Lists folder");
      ListChecker.Report report = ListChecker.check(root, engine);
      PrintWriter out = spec.commandLine().getOut();
      List<ListProblem> problems = report.problems();
      problems.forEach(p -> out.println(p));
      out.printf("%d lists, %d rules, %d examples checked: %s%n", report.lists(),
          report.rules(), report.examples(),
          report.ok() ? "all good" : problems.size() + " problem(s)");
      return report.ok() ? Marketsweep.OK : Marketsweep.FAILURE;
    }
  }
}
