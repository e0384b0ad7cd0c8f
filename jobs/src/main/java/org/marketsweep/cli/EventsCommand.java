package org.marketsweep.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.marketsweep.io.EventKind;
import org.marketsweep.jobs.LoadEventsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep events}: loads notices, removal events and reviewer decisions. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Load notices, removal events and reviewer decisions (JSONL, CSV or"
        + " Parquet) into <warehouse>/<kind>/load_date=D/, replacing that day's earlier load.",
        "Bad rows go to <warehouse>/rejects/<kind>/load_date=D/ (exit code 3)."})
final class EventsCommand implements Callable<Integer> {
  @Option(names = "--notices", paramLabel = "FILE|DIR",
      description = "notice_id, marketplace, listing_id, source (trusted_flagger, authority,"
          + " user, proactive), flagger_id, category, received_at")
  String notices;

  @Option(names = "--removals", paramLabel = "FILE|DIR",
      description = "marketplace, listing_id, removed_at, reason")
  String removals;

  @Option(names = "--decisions", paramLabel = "FILE|DIR",
      description = "marketplace, listing_id, rule_id (optional), decision (confirmed,"
          + " rejected, reinstated_after_counter_notice), decided_at")
  String decisions;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The load date (partition); default: today (UTC).")
  LocalDate date;

  @Option(names = "--warehouse", paramLabel = "DIR") String warehouse;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (warehouse == null) {
      throw new IllegalArgumentException("Missing --warehouse (or marketsweep.warehouse)");
    }
    if (notices == null && removals == null && decisions == null) {
      throw new IllegalArgumentException("Nothing to load: give --notices, --removals and / or"
          + " --decisions");
    }
    LocalDate day = date != null ? date : LocalDate.now(java.time.ZoneOffset.UTC);
    SparkSession session = spark.session();
    long rejected = 0;
    String[] files = {notices, removals, decisions};
    EventKind[] kinds = {EventKind.NOTICES, EventKind.REMOVALS, EventKind.DECISIONS};
    for (int i = 0; i < kinds.length; i++) {
      if (files[i] != null) {
        LoadEventsJob.Summary s = new LoadEventsJob(session, kinds[i], files[i], day,
            warehouse).execute();
        spec.commandLine().getOut().print(s.render());
        rejected += s.rejected();
      }
    }
    return rejected > 0 ? Marketsweep.REJECTED_ROWS : Marketsweep.OK;
  }
}
