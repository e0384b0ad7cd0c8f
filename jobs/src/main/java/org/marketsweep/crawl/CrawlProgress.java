package org.marketsweep.crawl;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows crawl progress: on an interactive console ({@code System.console() != null}) a one-line
 * bar redrawn with {@code \r} every second; otherwise a plain log line every progress_interval.
 */
public final class CrawlProgress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlProgress.class);

  /** Counters at one moment. */
  public record Snapshot(long fetched, long queued, long errors, long products, Duration elapsed) {
    /** Pages per second since the start. */
    public double rate() {
      double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
      return fetched / seconds;
    }
  }

  private final boolean console;
  private final Duration interval;
  private final PrintStream out;
  private ScheduledExecutorService timer;
  private Supplier<Snapshot> source;

  private CrawlProgress(boolean console, Duration interval, PrintStream out) {
    this.console = console;
    this.interval = interval;
    this.out = out;
  }

  /** Console bar if there is a console, else log lines every {@code logInterval}. */
  public static CrawlProgress auto(Duration logInterval) {
    return new CrawlProgress(System.console() != null, logInterval, System.out);
  }

  /** Always log lines (for tests and batch jobs). */
  public static CrawlProgress logging(Duration interval) {
    return new CrawlProgress(false, interval, System.out);
  }

  /** Renders one bar line, e.g. {@code [#####-----] 120 fetched | 30 queued | 2 errors | 3.4 p/s}. */
  public static String render(Snapshot s) {
    long total = s.fetched() + s.queued();
    int width = 20;
    int filled = total == 0 ? 0 : (int) Math.min(width, Math.round(width * (double) s.fetched() / total));
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] "
        + s.fetched() + " fetched | " + s.queued() + " queued | " + s.errors() + " errors | "
        + s.products() + " products | " + String.format(Locale.ROOT, "%.1f", s.rate()) + " p/s";
  }

  synchronized void start(Supplier<Snapshot> snapshots) {
    this.source = snapshots;
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crawl-progress");
      t.setDaemon(true);
      return t;
    });
    long period = console ? 1000 : Math.max(100, interval.toMillis());
    timer.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    Snapshot s = source.get();
    if (console) {
      out.print("\r" + render(s) + "   ");
      out.flush();
    } else {
      LOG.info("crawl progress: {}", render(s));
    }
  }

  /** Stops the timer and prints the final state. */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    timer = null;
    Snapshot s = source.get();
    if (console) {
      out.println("\r" + render(s) + "   ");
    } else {
      LOG.info("crawl finished: {}", render(s));
    }
  }
}
