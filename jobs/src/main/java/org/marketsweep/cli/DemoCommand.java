package org.marketsweep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.ArrayList;
import org.marketsweep.batch.BatchRepository;
import org.marketsweep.batch.NightlyConfig;
import org.marketsweep.batch.NightlyJob;
import org.springframework.batch.core.BatchStatus;
import org.marketsweep.lists.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marketsweep demo}: the nightly cycle over the bundled sample marketplace feeds
 * ({@code demo/feeds/<marketplace>/<date>.jsonl}), offline, into a local warehouse.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the nightly job (ingest, events, scan, lifecycle, metrics, report) over"
        + " the bundled sample marketplaces, day by day, into a local warehouse, then print"
        + " where the outputs are.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--warehouse", defaultValue = "demo-warehouse", paramLabel = "DIR",
      description = "Where to write; default: ${DEFAULT-VALUE}")
  Path warehouse;

  @Option(names = "--feeds", paramLabel = "DIR",
      description = "Sample feeds; default: the bundled demo/feeds.")
  Path feeds;

  @Option(names = "--events", paramLabel = "DIR",
      description = "Sample notices, removals and decisions"
          + " (<kind>/<date>.jsonl); default: the bundled demo/events.")
  Path events;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Keyword lists; default: the bundled keyword-lists.")
  Path lists;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path root = Paths.existing(feeds == null ? Paths.home().resolve("demo/feeds") : feeds,
        "Demo feeds").toAbsolutePath();
    TreeMap<LocalDate, List<Path>> byDay = feedsByDay(root);
    if (byDay.isEmpty()) {
      throw new IllegalArgumentException("No demo feeds (<marketplace>/<date>.jsonl) in "
          + root);
    }
    Path eventsRoot = (events == null ? root.resolveSibling("events") : events)
        .toAbsolutePath();
    List<Rule> rules = Lists.await(Lists.loadWhileSparkStarts(lists, spark));
    PrintWriter out = spec.commandLine().getOut();
    Path wh = warehouse.toAbsolutePath();
    int exit = Marketsweep.OK;
    try (BatchRepository batch = BatchRepository.open(wh.resolve("_batch"),
        BatchRepository.Settings.DEFAULT)) {
      for (var day : byDay.entrySet()) {
        List<NightlyConfig.Feed> dayFeeds = new ArrayList<>();
        for (Path feed : day.getValue()) {
          dayFeeds.add(new NightlyConfig.Feed(feed.getParent().getFileName().toString(),
              feed.toString(), null));
        }
        NightlyConfig config = new NightlyConfig(dayFeeds, null, null, List.of(),
            eventsRoot.resolve("notices/{date}.jsonl").toString(),
            eventsRoot.resolve("removals/{date}.jsonl").toString(),
            eventsRoot.resolve("decisions/{date}.jsonl").toString(),
            (int) java.time.temporal.ChronoUnit.DAYS.between(byDay.firstKey(), day.getKey()) + 1,
            0.6, 5, 3, 180,
            List.of("EU"), "NOT_AUTOMATED");
        NightlyJob.Result r = new NightlyJob(batch, spark::session, config, root, rules,
            wh.toString(), out).run(day.getKey(), null, true);
        if (r.status() != BatchStatus.COMPLETED) {
          throw new IllegalStateException("nightly " + day.getKey() + " " + r.status() + ": "
              + String.join("; ", r.failures()));
        }
        exit = r.rejected() > 0 ? Marketsweep.REJECTED_ROWS : exit;
      }
    }
    out.printf("%nDemo warehouse: %s%n", wh);
    out.printf("  listings   %s/listings/snapshot_date=*/marketplace=*/%n", wh);
    out.printf("  flags      %s/flags/scan_date=*/%n", wh);
    out.printf("  lifecycle  %s/lifecycle/as_of=*/%n", wh);
    out.printf("  metrics    %s/metrics/as_of=*/%n", wh);
    out.printf("  report     %s/reports/%s/report.html%n", wh, byDay.lastKey());
    out.printf("  rejects    %s/rejects/%n", wh);
    out.printf("Try: duckdb -c \"SELECT scan_date, category, count(*) FROM read_parquet('%s/flags"
        + "/**/*.parquet', hive_partitioning=true) GROUP BY ALL ORDER BY ALL\"%n", wh);
    return exit == Marketsweep.REJECTED_ROWS ? Marketsweep.OK : exit;
  }

  private static TreeMap<LocalDate, List<Path>> feedsByDay(Path root) throws IOException {
    TreeMap<LocalDate, TreeSet<Path>> days = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root, 2)) {
      files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl"))
          .forEach(f -> days.computeIfAbsent(LocalDate.parse(
              f.getFileName().toString().substring(0, 10)), d -> new TreeSet<>()).add(f));
    }
    TreeMap<LocalDate, List<Path>> out = new TreeMap<>();
    days.forEach((d, f) -> out.put(d, List.copyOf(f)));
    return out;
  }
}
