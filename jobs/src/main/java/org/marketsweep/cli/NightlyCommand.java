package org.marketsweep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marketsweep.batch.BatchRepository;
import org.marketsweep.batch.NightlyConfig;
import org.marketsweep.batch.NightlyJob;
import org.marketsweep.lists.Rule;
import org.springframework.batch.core.BatchStatus;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marketsweep nightly}: the Spring Batch job {@code nightly} for one date, or, with
 * {@code --schedule}, a process that stays up and launches it on a cron schedule.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"Run the nightly job for a date: ingest and / or crawl, load notices,"
        + " removals and decisions, scan, lifecycle, metrics, report.",
        "The feeds and event files come from the config file (marketsweep.nightly.*)."
        + " One run per date: a completed date is refused unless --rerun; a failed run"
        + " restarts from its failed step."})
final class NightlyCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The night to run; default: yesterday in --zone.")
  LocalDate date;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "The warehouse.")
  String warehouse;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Keyword lists; default: the bundled keyword-lists.")
  Path lists;

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML or .properties file of marketsweep.* settings: the feeds and event"
          + " files of marketsweep.nightly.*, and any option as marketsweep.nightly.<option>"
          + " or marketsweep.<option>.")
  Path config;

  @Option(names = "--rerun", description = "Run a date that has already completed again.")
  boolean rerun;

  @Option(names = "--schedule", paramLabel = "CRON",
      description = "Stay up and run every time the Spring cron expression fires (six"
          + " fields, e.g. \"0 0 2 * * *\" = 02:00 every day), for the day before.")
  String schedule;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
      description = "Time zone of the schedule and of \"yesterday\"; default: ${DEFAULT-VALUE}")
  ZoneId zone;

  @Option(names = "--batch-url", paramLabel = "JDBC",
      description = "Job repository database (e.g. jdbc:postgresql://host/db); default: an H2"
          + " file in <warehouse>/_batch/.")
  String batchUrl;

  @Option(names = "--batch-username", paramLabel = "USER") String batchUsername;

  @Option(names = "--batch-password", paramLabel = "PASSWORD",
      description = "Better set as MARKETSWEEP_BATCH_PASSWORD in the environment.")
  String batchPassword;

  @CommandLine.Mixin SparkOptions spark;
  @CommandLine.ParentCommand Marketsweep parent;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (warehouse == null) {
      throw new IllegalArgumentException("Missing --warehouse (or marketsweep.warehouse)");
    }
    if (schedule != null) {
      return scheduled();
    }
    return runOnce(date != null ? date : LocalDate.now(zone).minusDays(1));
  }

  int runOnce(LocalDate night) throws Exception {
    Settings settings = parent.settings();
    Environment env = settings.environment();
    NightlyConfig config = NightlyConfig.of(env);
    Path configFile = settings.configFile();
    Path configDir = configFile == null ? Path.of("").toAbsolutePath() : configFile.getParent();
    List<Rule> rules = Lists.await(Lists.loadWhileSparkStarts(lists, spark));
    PrintWriter out = spec.commandLine().getOut();
    try (BatchRepository batch = BatchRepository.open(lockDir(),
        new BatchRepository.Settings(batchUrl, batchUsername, batchPassword))) {
      NightlyJob.Result r = new NightlyJob(batch, spark::session, config, configDir, rules,
          absoluteWarehouse(), out).run(night, configFile == null ? null : configFile
          .toString(), rerun);
      if (r.status() != BatchStatus.COMPLETED) {
        throw new IllegalStateException("nightly " + night + " " + r.status() + ": "
            + String.join("; ", r.failures()) + " (run it again to restart from the failed"
            + " step)");
      }
      return r.rejected() > 0 ? Marketsweep.REJECTED_ROWS : Marketsweep.OK;
    }
  }

  private int scheduled() throws InterruptedException {
    if (!CronExpression.isValidExpression(schedule)) {
      throw new IllegalArgumentException("--schedule is not a valid cron expression (six"
          + " fields: second minute hour day month weekday): \"" + schedule + "\"");
    }
    PrintWriter out = spec.commandLine().getOut();
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("nightly-");
    scheduler.setWaitForTasksToCompleteOnShutdown(true);   // a night under way finishes
    scheduler.setAwaitTerminationSeconds(24 * 3600);
    scheduler.initialize();
    CronTrigger trigger = new CronTrigger(schedule, zone);
    scheduler.schedule(() -> {
      LocalDate night = LocalDate.now(zone).minusDays(1);
      try {
        int code = runOnce(night);
        out.printf("nightly %s finished with exit code %d%n", night, code);
      } catch (Exception e) {
        out.printf("nightly %s failed: %s%n", night, e.getMessage());
      }
      out.flush();
    }, trigger);
    out.printf("nightly: scheduled \"%s\" (%s); next run at %s%n", schedule, zone,
        CronExpression.parse(schedule).next(java.time.ZonedDateTime.now(zone)));
    out.flush();
    try {
      new CountDownLatch(1).await();   // until the process is stopped (or interrupted)
    } finally {
      scheduler.shutdown();
    }
    return Marketsweep.OK;
  }

  /** Where the lock and the default H2 job repository live. */
  private Path lockDir() {
    if (!BatchRepository.local(warehouse) && batchUrl == null) {
      throw new IllegalArgumentException("A warehouse on " + warehouse + " needs a job"
          + " repository database: set --batch-url (marketsweep.nightly.batch-url)");
    }
    return BatchRepository.folderOf(warehouse);
  }

  private String absoluteWarehouse() {
    return warehouse.contains("://") ? warehouse : Path.of(warehouse).toAbsolutePath()
        .toString();
  }
}
