package org.marketsweep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marketsweep.crawl.CrawlConfig;
import org.marketsweep.crawl.CrawlConfigYaml;
import org.marketsweep.crawl.SeedsFile;
import org.marketsweep.crawl.SiteProfile;
import org.marketsweep.jobs.CrawlListingsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketsweep crawl}: fetch marketplace pages into the day's snapshot. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawl listing, category or sitemap URLs politely (robots.txt, per-host"
        + " delay) and write the products found into WAREHOUSE/listings/snapshot_date=D/"
        + "marketplace=<host>/, with the raw pages as evidence.")
final class CrawlCommand implements Callable<Integer> {
  @Option(names = "--seeds", required = true, paramLabel = "FILE",
      description = "One URL per line, optionally preceded by listing, category or sitemap.")
  Path seeds;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  LocalDate date;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR")
  String warehouse;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Crawl settings (YAML): user agent contact, delays, limits…")
  Path config;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Site profile (YAML of CSS selectors) for sites without structured data."
          + " Repeatable.")
  List<Path> profiles = new ArrayList<>();

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CrawlConfig settings = config == null ? CrawlConfig.defaults()
        : CrawlConfigYaml.load(Paths.existing(config, "Crawl config"));
    List<SiteProfile> siteProfiles = new ArrayList<>();
    for (Path p : profiles) {
      siteProfiles.add(SiteProfile.load(Paths.existing(p, "Site profile")));
    }
    CrawlListingsJob.Summary summary = new CrawlListingsJob(spark.session(),
        SeedsFile.read(Paths.existing(seeds, "Seeds file")), settings, siteProfiles, date,
        warehouse).execute();
    spec.commandLine().getOut().print(summary.render());
    return summary.rejected() > 0 ? Marketsweep.REJECTED_ROWS : Marketsweep.OK;
  }
}
