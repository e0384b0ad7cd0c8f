package org.marketsweep.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.explore.support.JobExplorerFactoryBean;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JobRepositoryFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Spring Batch job repository of a warehouse: an H2 file under
 * {@code <warehouse>/_batch/} by default, or any JDBC database (PostgreSQL) by configuration.
 * The schema is created on first use. A lock file next to it makes sure one process at a time
 * runs jobs on the warehouse; whoever takes the lock marks executions that a killed process
 * left as {@code STARTED} as failed, so that they can restart.
 */
public final class BatchRepository implements AutoCloseable {
  private final DataSource dataSource;
  private final PlatformTransactionManager transactions;
  private final JobRepository repository;
  private final JobExplorer explorer;
  private final TaskExecutorJobLauncher launcher;
  private final FileChannel lockChannel;
  private final FileLock lock;

  /** JDBC settings: {@code url} null means the H2 file in the warehouse. */
  public record Settings(String url, String username, String password) {
    public static final Settings DEFAULT = new Settings(null, null, null);
  }

  private BatchRepository(DataSource dataSource, FileChannel lockChannel, FileLock lock)
      throws Exception {
    this.dataSource = dataSource;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.transactions = new JdbcTransactionManager(dataSource);
    JobRepositoryFactoryBean repo = new JobRepositoryFactoryBean();
    repo.setDataSource(dataSource);
    repo.setTransactionManager(transactions);
    repo.afterPropertiesSet();
    this.repository = repo.getObject();
    JobExplorerFactoryBean ex = new JobExplorerFactoryBean();
    ex.setDataSource(dataSource);
    ex.setTransactionManager(transactions);
    ex.afterPropertiesSet();
    this.explorer = ex.getObject();
    this.launcher = new TaskExecutorJobLauncher();
    launcher.setJobRepository(repository);
    launcher.afterPropertiesSet();
  }

  /**
   * The folder of a warehouse's job repositories, {@code <warehouse>/_batch}; for a warehouse
   * that is not on the local disk, {@code ~/.marketsweep/batch}, where only the lock (and H2,
   * unless a database is configured) can live.
   */
  public static Path folderOf(String warehouse) {
    if (warehouse.contains("://") && !warehouse.startsWith("file:")) {
      return Path.of(System.getProperty("user.home"), ".marketsweep", "batch");
    }
    return Path.of(warehouse.replaceFirst("^file:(//)?", "")).toAbsolutePath().resolve("_batch");
  }

  /** Whether {@code warehouse} is on the local disk. */
  public static boolean local(String warehouse) {
    return !warehouse.contains("://") || warehouse.startsWith("file:");
  }

  /**
   * Opens the job repository of {@code warehouse} and takes its lock.
   *
   * @param lockDir where the lock file (and the default H2 database) live
   * @throws IllegalStateException if another process holds the lock
   */
  public static BatchRepository open(Path lockDir, Settings settings) {
    try {
      Files.createDirectories(lockDir);
      Path lockFile = lockDir.resolve("jobs.lock");
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("Another marketsweep job is running on this warehouse"
            + " (lock held on " + lockFile + ")");
      }
      String url = settings.url() != null ? settings.url()
          : "jdbc:h2:file:" + lockDir.toAbsolutePath().resolve("jobs") + ";DB_CLOSE_DELAY=0;WRITE_DELAY=0";
      DriverManagerDataSource ds = new DriverManagerDataSource(url,
          settings.username() == null ? (settings.url() == null ? "sa" : null)
              : settings.username(), settings.password() == null ? "" : settings.password());
      createSchema(ds, url);
      BatchRepository r = new BatchRepository(ds, channel, lock);
      r.failAbandoned();
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the job repository in " + lockDir, e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot open the job repository: " + e.getMessage(), e);
    }
  }

  private static void createSchema(DataSource ds, String url) throws SQLException {
    try (Connection c = ds.getConnection()) {
      boolean exists;
      try (ResultSet t = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        exists = false;
        while (t.next()) {
          exists |= t.getString("TABLE_NAME").equalsIgnoreCase("BATCH_JOB_INSTANCE");
        }
      }
      if (exists) {
        return;
      }
    }
    String db = url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql") ? "postgresql"
        : url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2") ? "h2" : null;
    if (db == null) {
      throw new IllegalArgumentException("No Spring Batch schema for " + url + ": create it with"
          + " the schema-*.sql script of spring-batch-core, or use H2 or PostgreSQL");
    }
    new ResourceDatabasePopulator(new ClassPathResource(
        "org/springframework/batch/core/schema-" + db + ".sql")).execute(ds);
  }

  /**
   * Marks executions still {@code STARTED} as failed: holding the lock proves that the process
   * that ran them is gone (killed, or the machine went down).
   */
  private void failAbandoned() {
    for (String job : explorer.getJobNames()) {
      for (JobExecution e : explorer.findRunningJobExecutions(job)) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution s : e.getStepExecutions()) {
          if (s.getStatus().isRunning()) {
            s.setStatus(BatchStatus.FAILED);
            s.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process"
                + " running it stopped"));
            s.setEndTime(now);
            repository.update(s);
          }
        }
        e.setStatus(BatchStatus.FAILED);
        e.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process running"
            + " it stopped"));
        e.setEndTime(now);
        repository.update(e);
      }
    }
  }

  public JobRepository repository() {
    return repository;
  }

  public JobExplorer explorer() {
    return explorer;
  }

  public TaskExecutorJobLauncher launcher() {
    return launcher;
  }

  public PlatformTransactionManager transactions() {
    return transactions;
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      if (dataSource instanceof DriverManagerDataSource d && d.getUrl() != null
          && d.getUrl().startsWith("jdbc:h2:")) {
        try (Connection c = d.getConnection()) {
          c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
          // already closed
        }
      }
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
