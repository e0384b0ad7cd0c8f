package org.marketsweep.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.marketsweep.jobs.LifecycleJob;
import org.marketsweep.jobs.MetricsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep lifecycle}: time to removal, relistings, repeat infringers, metrics. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true,
    description = {"Compute the lifecycle of every flagged or notified listing as of a date"
        + " (lifecycle/as_of=D/) and the removal metrics (metrics/as_of=D/)."})
final class LifecycleCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "As of this day.")
  LocalDate date;

  @Option(names = "--warehouse", paramLabel = "DIR") String warehouse;

  @Option(names = "--relist-similarity", defaultValue = "0.6", paramLabel = "J",
      description = "Jaccard similarity of the analysed words from which a listing that"
          + " appears after a removal is a relisting; default: ${DEFAULT-VALUE}")
  double relistSimilarity;

  @Option(names = "--relist-hash-tables", defaultValue = "5", paramLabel = "N",
      description = "MinHash LSH hash tables (more: fewer missed pairs, slower);"
          + " default: ${DEFAULT-VALUE}")
  int hashTables;

  @Option(names = "--repeat-threshold", defaultValue = "3", paramLabel = "N",
      description = "Flagged or confirmed listings that make a seller a repeat infringer;"
          + " default: ${DEFAULT-VALUE}")
  int repeatThreshold;

  @Option(names = "--repeat-window-days", defaultValue = "180", paramLabel = "DAYS",
      description = "The window those listings are counted in; default: ${DEFAULT-VALUE}")
  int repeatWindowDays;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (warehouse == null || date == null) {
      throw new IllegalArgumentException("Missing --warehouse or --date");
    }
    SparkSession session = spark.session();
    LifecycleJob.Summary s = new LifecycleJob(session, warehouse, date,
        new LifecycleJob.Settings(relistSimilarity, hashTables, repeatThreshold,
            repeatWindowDays)).execute();
    spec.commandLine().getOut().print(s.render());
    spec.commandLine().getOut().print(new MetricsJob(session, warehouse, date).execute()
        .render());
    return Marketsweep.OK;
  }
}
