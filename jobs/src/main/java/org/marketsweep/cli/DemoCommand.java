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
import org.apache.spark.sql.SparkSession;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.IngestListingsJob;
import org.marketsweep.jobs.RunSummary;
import org.marketsweep.jobs.ScanListingsJob;
import org.marketsweep.lists.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marketsweep demo}: the nightly cycle over the bundled sample marketplace feeds
 * ({@code demo/feeds/<marketplace>/<date>.jsonl}), offline, into a local warehouse.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the nightly cycle (ingest, scan) over the bundled sample marketplaces"
        + " into a local warehouse, then print the summary and where the outputs are.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--warehouse", defaultValue = "demo-warehouse", paramLabel = "DIR",
      description = "Where to write; default: ${DEFAULT-VALUE}")
  Path warehouse;

  @Option(names = "--feeds", paramLabel = "DIR",
      description = "Sample feeds; default: the bundled demo/feeds.")
  Path feeds;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Keyword lists; default: the bundled keyword-lists.")
  Path lists;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path root = Paths.existing(feeds == null ? Paths.home().resolve("demo/feeds") : feeds,
        "Demo feeds");
    TreeMap<LocalDate, List<Path>> byDay = feedsByDay(root);
    if (byDay.isEmpty()) {
      throw new IllegalArgumentException("No demo feeds (<marketplace>/<date>.jsonl) in "
          + root);
    }
    List<Rule> rules = Lists.load(lists);
    SparkSession session = spark.session();
    PrintWriter out = spec.commandLine().getOut();
    String wh = warehouse.toAbsolutePath().toString();
    int exit = Marketsweep.OK;
    for (var day : byDay.entrySet()) {
      for (Path feed : day.getValue()) {
        String marketplace = feed.getParent().getFileName().toString();
        IngestListingsJob.Summary s = new IngestListingsJob(session, feed.toString(),
            marketplace, day.getKey(), wh, new ListingParser(FeedMapping.identity())).execute();
        out.print(s.render());
        exit = s.rejected() > 0 ? Marketsweep.REJECTED_ROWS : exit;
      }
      RunSummary scan = new ScanListingsJob(session, null, wh, rules,
          new ListingParser(FeedMapping.identity()), day.getKey()).execute();
      out.print(scan.render());
    }
    out.printf("%nDemo warehouse: %s%n", wh);
    out.printf("  listings  %s/listings/snapshot_date=*/marketplace=*/%n", wh);
    out.printf("  flags     %s/flags/scan_date=*/%n", wh);
    out.printf("  rejects   %s/rejects/%n", wh);
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
