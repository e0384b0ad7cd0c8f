package org.marketsweep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marketsweep.jobs.SellerPseudonyms;
import org.marketsweep.jobs.SweepList;
import org.marketsweep.batch.BatchRepository;
import org.marketsweep.batch.SweepJob;
import org.marketsweep.jobs.SweepSnapshotsJob;
import org.marketsweep.lists.Category;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep sweep}: run an authority's keyword list over the snapshots of a period. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a keyword list (YAML or plain text) over every listings snapshot from"
        + " --from to --to and write the hits, with first/last seen and removal, to"
        + " OUT/sweep_id=<id>/ (hits/ Parquet, hits.csv, manifest.json).")
final class SweepCommand implements Callable<Integer> {
  static final String DEFAULT_KEY_ENV = "MARKETSWEEP_PSEUDONYM_KEY";

  @Option(names = "--list", required = true, paramLabel = "FILE",
      description = "The keyword list: a YAML list or a plain-text term list.")
  Path list;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
  LocalDate to;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR")
  String warehouse;

  @Option(names = "--marketplace", paramLabel = "M",
      description = "Sweep only this marketplace. Repeatable; default: all.")
  List<String> marketplaces = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Receives sweep_id=<id>/; default: WAREHOUSE/sweeps.")
  String out;

  @Option(names = "--category", paramLabel = "CATEGORY",
      description = "Category of the terms when the list names none (counterfeit, wildlife or"
          + " unsafe); a list's own '# category:' wins.")
  String category;

  @Option(names = "--pseudonymise",
      description = "Replace seller ids with keyed HMAC-SHA256 pseudonyms.")
  boolean pseudonymise;

  @Option(names = "--key-env", paramLabel = "NAME", defaultValue = DEFAULT_KEY_ENV,
      description = "Environment variable holding the pseudonymisation key."
          + " Default: ${DEFAULT-VALUE}.")
  String keyEnv;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Category fallback = null;
    if (category != null) {
      fallback = Category.parse(category);
      if (fallback == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for"
            + " '--category': \"" + category + "\" (counterfeit, wildlife or unsafe)");
      }
    }
    SellerPseudonyms pseudonyms = pseudonymise ? pseudonyms() : null;
    SweepList sweepList = SweepList.load(Paths.existing(list, "Sweep list"), fallback);
    SweepSnapshotsJob.Request request = new SweepSnapshotsJob.Request(sweepList, from, to,
        warehouse, Set.copyOf(marketplaces), out, pseudonyms, Marketsweep.version());
    SweepSnapshotsJob.Summary summary;
    try (BatchRepository batch = BatchRepository.open(repositoryDir(),
        BatchRepository.Settings.DEFAULT)) {
      summary = SweepJob.run(batch, new SweepSnapshotsJob(spark.session(), request), request);
    }
    if (!summary.missingDays().isEmpty()) {
      spec.commandLine().getErr().println("warning: no snapshot on "
          + summary.missingDays().size() + " day(s) of the period: "
          + String.join(", ", summary.missingDays()));
    }
    spec.commandLine().getOut().print(summary.render());
    return Marketsweep.OK;
  }

  /** The sweeps' own job repository: next to the warehouse's, never the nightly one. */
  private java.nio.file.Path repositoryDir() {
    return BatchRepository.folderOf(warehouse).resolve("sweeps");
  }

  private SellerPseudonyms pseudonyms() {
    String key = System.getenv(keyEnv);
    if (key == null || key.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pseudonymise needs a key"
          + " in the environment variable " + keyEnv + " (set it, or name another with"
          + " --key-env)");
    }
    return new SellerPseudonyms(key.getBytes(StandardCharsets.UTF_8));
  }
}
