package org.marketsweep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.RunSummary;
import org.marketsweep.jobs.ScanListingsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep scan}: flag the listings of a feed. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Scan listings (JSONL, CSV or Parquet; a file or a folder) against the"
        + " keyword lists and write flags to OUTPUT/flags/scan_date=D/ as Parquet.")
final class ScanCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE|DIR",
      description = "Feed file or folder of feed files.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Receives flags/, rejects/ and runs/.")
  String output;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Keyword lists (folder or file); default: the bundled keyword-lists.")
  Path lists;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Scan date (partition of the flags); default: today (UTC).")
  LocalDate date;

  @Option(names = "--marketplace", paramLabel = "M",
      description = "Marketplace of rows that name none.")
  String marketplace;

  @CommandLine.Mixin FeedOptions feedOptions;
  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    FeedMapping feed = feedOptions.mapping();
    if (marketplace != null) {
      feed = feed.withDefaultMarketplace(marketplace);
    }
    LocalDate scanDate = date != null ? date : LocalDate.now(ZoneOffset.UTC);
    var rules = Lists.loadWhileSparkStarts(lists, spark);
    RunSummary summary = new ScanListingsJob(spark.session(), input, output,
        Lists.await(rules), new ListingParser(feed), scanDate).execute();
    spec.commandLine().getOut().print(summary.render());
    return summary.rejected() > 0 ? Marketsweep.REJECTED_ROWS : Marketsweep.OK;
  }
}
