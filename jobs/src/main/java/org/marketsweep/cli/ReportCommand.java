package org.marketsweep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marketsweep.jobs.ReportJob;
import org.marketsweep.report.AutomatedDecision;
import org.marketsweep.report.StatementMapper;
import org.marketsweep.report.TerritorialScope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep report}: the transparency report of a period. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the transparency report of the offers first reported or removed from"
        + " --from to --to, computed from lifecycle/as_of=<to>, into OUT/<to>/:"
        + " report.html (charts; opens offline), the tables as CSV, and one statement of"
        + " reasons per removed offer (EU DSA Transparency Database fields; JSONL and CSV).")
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
      description = "Last day of the period; the lifecycle as of this day is read.")
  LocalDate to;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR")
  String warehouse;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Receives <to>/; default: WAREHOUSE/reports.")
  String out;

  @Option(names = "--territorial-scope", paramLabel = "CC", split = ",",
      description = "Territorial scope of the statements of reasons: EU / EEA country codes,"
          + " EU or EEA (comma-separated or repeated). Default: empty (fill in before"
          + " submitting).")
  List<String> territorialScope = new ArrayList<>();

  @Option(names = "--automated-decision", paramLabel = "HOW",
      defaultValue = "NOT_AUTOMATED",
      description = "How removals are decided: ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.")
  AutomatedDecision automatedDecision;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<String> scope;
    try {
      scope = TerritorialScope.parse(territorialScope);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ReportJob.Summary summary = new ReportJob(spark.session(), new ReportJob.Request(warehouse,
        from, to, out, new StatementMapper.Settings(scope, automatedDecision),
        Marketsweep.version())).execute();
    if (!summary.territorialScope()) {
      spec.commandLine().getErr().println("warning: no --territorial-scope: the statements of"
          + " reasons leave territorial_scope empty; the DSA Transparency Database requires it");
    }
    spec.commandLine().getOut().print(summary.render());
    return Marketsweep.OK;
  }
}
