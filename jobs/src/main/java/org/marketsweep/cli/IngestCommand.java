package org.marketsweep.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.IngestListingsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep ingest}: write one marketplace's feed of one day into the warehouse. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Write a marketplace feed into WAREHOUSE/listings/snapshot_date=D/"
        + "marketplace=M/ (replacing that partition only); rejected rows go to rejects/.")
final class IngestCommand implements Callable<Integer> {
  @Option(names = "--source", required = true, paramLabel = "FILE|DIR",
      description = "Feed file or folder (JSONL, CSV, Parquet).")
  String source;

  @Option(names = "--marketplace", required = true, paramLabel = "M")
  String marketplace;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
      description = "Snapshot date.")
  LocalDate date;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR")
  String warehouse;

  @CommandLine.Mixin FeedOptions feedOptions;
  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    FeedMapping feed = feedOptions.mapping();
    IngestListingsJob.Summary summary = new IngestListingsJob(spark.session(), source,
        marketplace, date, warehouse, new ListingParser(feed)).execute();
    spec.commandLine().getOut().print(summary.render());
    return summary.rejected() > 0 ? Marketsweep.REJECTED_ROWS : Marketsweep.OK;
  }
}
