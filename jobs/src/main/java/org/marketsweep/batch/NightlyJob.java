package org.marketsweep.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.marketsweep.crawl.CrawlConfig;
import org.marketsweep.crawl.CrawlConfigYaml;
import org.marketsweep.crawl.SeedsFile;
import org.marketsweep.crawl.SiteProfile;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.FeedMapping;
import org.marketsweep.io.ListingParser;
import org.marketsweep.jobs.CrawlListingsJob;
import org.marketsweep.jobs.IngestListingsJob;
import org.marketsweep.jobs.LifecycleJob;
import org.marketsweep.jobs.LoadEventsJob;
import org.marketsweep.jobs.MetricsJob;
import org.marketsweep.jobs.ReportJob;
import org.marketsweep.report.AutomatedDecision;
import org.marketsweep.report.StatementMapper;
import org.marketsweep.report.TerritorialScope;
import org.marketsweep.jobs.RunSummary;
import org.marketsweep.jobs.ScanListingsJob;
import org.marketsweep.lists.Rule;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The Spring Batch job {@code nightly}: ingest and / or crawl, load the day's notices, removal
 * events and decisions, scan, lifecycle, metrics, report (the last {@code report-days}). One job instance per date and warehouse: a completed date is refused unless re-run
 * on purpose, and a failed run restarts from the step that failed. Every step replaces only
 * the partitions of its date, so a step that runs twice leaves no duplicates.
 */
public final class NightlyJob {
  public static final String NAME = "nightly";

  /** What a run did: the execution's status and the lines the steps printed. */
  public record Result(BatchStatus status, long rejected, List<String> failures) {}

  private final BatchRepository batch;
  private final Supplier<SparkSession> spark;
  private final NightlyConfig config;
  private final Path configDir;
  private final List<Rule> rules;
  private final String warehouse;
  private final PrintWriter out;
  private final AtomicLong rejected = new AtomicLong();

  public NightlyJob(BatchRepository batch, Supplier<SparkSession> spark, NightlyConfig config,
      Path configDir, List<Rule> rules, String warehouse, PrintWriter out) {
    this.batch = batch;
    this.spark = spark;
    this.config = config;
    this.configDir = configDir;
    this.rules = List.copyOf(rules);
    this.warehouse = warehouse;
    this.out = out;
  }

  /**
   * Runs the night of {@code date}.
   *
   * @param rerun run again even if the date has completed (a new job instance)
   * @throws IllegalStateException if the date has completed and {@code rerun} is false
   */
  public Result run(LocalDate date, String configFile, boolean rerun) throws Exception {
    JobParametersBuilder params = new JobParametersBuilder()
        .addString("date", date.toString())
        .addString("warehouse", warehouse)
        .addString("config", configFile == null ? "" : configFile, false);
    JobParameters identifying = params.toJobParameters();
    JobExecution last = batch.repository().getLastJobExecution(NAME, identifying);
    if (last != null && last.getStatus() == BatchStatus.COMPLETED && !rerun) {
      throw new IllegalStateException("The nightly job for " + date + " already completed"
          + " (execution " + last.getId() + ", ended " + last.getEndTime() + "); use --rerun"
          + " to run it again");
    }
    if (rerun) {
      params.addLong("rerun", System.currentTimeMillis());
    } else if (last != null) {
      out.printf("nightly %s: restarting execution %d (%s) from its failed step%n", date,
          last.getId(), last.getStatus());
    }
    JobExecution execution = batch.launcher().run(job(date),
        params.toJobParameters());
    List<String> failures = new ArrayList<>();
    for (Throwable t : execution.getAllFailureExceptions()) {
      failures.add(String.valueOf(t.getMessage()));
    }
    out.printf("nightly %s: %s%n", date, execution.getStatus());
    out.flush();
    return new Result(execution.getStatus(), rejected.get(), failures);
  }

  private Job job(LocalDate date) {
    return new JobBuilder(NAME, batch.repository())
        .start(step("ingest", date, () -> ingest(date)))
        .next(step("crawl", date, () -> crawl(date)))
        .next(step("events", date, () -> events(date)))
        .next(step("scan", date, () -> scan(date)))
        .next(step("lifecycle", date, () -> lifecycle(date)))
        .next(step("metrics", date, () -> metrics(date)))
        .next(step("report", date, () -> report(date)))
        .build();
  }

  /** A step that runs {@code action} (returning rejected rows) and says so. */
  private Step step(String name, LocalDate date, Supplier<Long> action) {
    Tasklet tasklet = (contribution, context) -> {
      out.printf("nightly %s: step %s started%n", date, name);
      out.flush();
      long rejects = action.get();
      rejected.addAndGet(rejects);
      if (rejects > 0) {
        contribution.setExitStatus(new ExitStatus("COMPLETED", rejects + " rejected rows"));
      }
      return RepeatStatus.FINISHED;
    };
    return new StepBuilder(name, batch.repository()).tasklet(tasklet, batch.transactions())
        .build();
  }

  private long ingest(LocalDate date) {
    long rejects = 0;
    for (NightlyConfig.Feed feed : config.feeds()) {
      if (feed.marketplace() == null || feed.source() == null) {
        throw new IllegalArgumentException("marketsweep.nightly.feeds: every feed needs a"
            + " marketplace and a source: " + feed);
      }
      String source = location(NightlyConfig.forDate(feed.source(), date));
      FeedMapping mapping;
      try {
        mapping = feed.mapping() == null ? FeedMapping.identity()
            : FeedMapping.load(NightlyConfig.resolve(configDir, feed.mapping()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read feed mapping " + feed.mapping(), e);
      }
      IngestListingsJob.Summary s = new IngestListingsJob(spark.get(), source,
          feed.marketplace(), date, warehouse, new ListingParser(mapping)).execute();
      out.print(s.render());
      rejects += s.rejected();
    }
    return rejects;
  }

  private long crawl(LocalDate date) {
    if (config.crawlSeeds() == null) {
      return 0;
    }
    try {
      CrawlConfig settings = config.crawlConfig() == null ? CrawlConfig.defaults()
          : CrawlConfigYaml.load(NightlyConfig.resolve(configDir, config.crawlConfig()));
      List<SiteProfile> profiles = new ArrayList<>();
      for (String p : config.crawlProfiles()) {
        profiles.add(SiteProfile.load(NightlyConfig.resolve(configDir, p)));
      }
      CrawlListingsJob.Summary s = new CrawlListingsJob(spark.get(), SeedsFile.read(
          NightlyConfig.resolve(configDir, NightlyConfig.forDate(config.crawlSeeds(), date))),
          settings, profiles, date, warehouse).execute();
      out.print(s.render());
      return s.rejected();
    } catch (IOException e) {
      throw new UncheckedIOException("Crawl of " + date + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Crawl of " + date + " interrupted", e);
    }
  }

  private long events(LocalDate date) {
    long rejects = 0;
    String[] files = {config.notices(), config.removals(), config.decisions()};
    EventKind[] kinds = {EventKind.NOTICES, EventKind.REMOVALS, EventKind.DECISIONS};
    for (int i = 0; i < kinds.length; i++) {
      if (files[i] == null) {
        continue;
      }
      String file = location(NightlyConfig.forDate(files[i], date));
      if (!exists(file)) {
        out.printf("%s %s: no file %s, nothing to load%n", kinds[i].table(), date, file);
        continue;
      }
      LoadEventsJob.Summary s = new LoadEventsJob(spark.get(), kinds[i], file, date,
          warehouse).execute();
      out.print(s.render());
      rejects += s.rejected();
    }
    return rejects;
  }

  private long scan(LocalDate date) {
    RunSummary s = new ScanListingsJob(spark.get(), null, warehouse, rules,
        new ListingParser(FeedMapping.identity()), date).execute();
    out.print(s.render());
    return 0;
  }

  private long lifecycle(LocalDate date) {
    LifecycleJob.Summary s = new LifecycleJob(spark.get(), warehouse, date,
        new LifecycleJob.Settings(config.relistSimilarity(), config.relistHashTables(),
            config.repeatThreshold(), config.repeatWindowDays())).execute();
    out.print(s.render());
    return 0;
  }

  private long metrics(LocalDate date) {
    out.print(new MetricsJob(spark.get(), warehouse, date).execute().render());
    return 0;
  }

  private long report(LocalDate date) {
    AutomatedDecision decision;
    try {
      decision = AutomatedDecision.valueOf(config.automatedDecision().toUpperCase(
          java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("marketsweep.nightly.automated-decision must be"
          + " FULLY, PARTIALLY or NOT_AUTOMATED: " + config.automatedDecision(), e);
    }
    String version = NightlyJob.class.getPackage().getImplementationVersion();
    ReportJob.Summary s = new ReportJob(spark.get(), new ReportJob.Request(warehouse,
        date.minusDays(Math.max(1, config.reportDays()) - 1L), date, null,
        new StatementMapper.Settings(TerritorialScope.parse(config.territorialScope()),
            decision), version == null ? "dev" : version)).execute();
    out.print(s.render());
    return 0;
  }

  /** A path from the config: URLs as they are, local paths relative to the config's folder. */
  private String location(String path) {
    return path.contains("://") ? path
        : NightlyConfig.resolve(configDir, path).toAbsolutePath().toString();
  }

  private boolean exists(String file) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    try {
      FileSystem fs = p.getFileSystem(spark.get().sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + file, e);
    }
  }
}
