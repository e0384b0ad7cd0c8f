package org.marketsweep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marketsweep} command line. Exit codes: 0 ok, 1 failure, 2 usage error,
 * 3 finished with rejected rows.
 */
@Command(name = "marketsweep", mixinStandardHelpOptions = true,
    versionProvider = Marketsweep.Version.class,
    description = "Flags counterfeit, illegal wildlife and unsafe products in marketplace"
        + " listings and measures how fast they are removed.",
    subcommands = {DemoCommand.class, ScanCommand.class, IngestCommand.class, CrawlCommand.class,
        SweepCommand.class, EventsCommand.class, LifecycleCommand.class, NightlyCommand.class,
        ReportCommand.class, ListsCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Marketsweep implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int REJECTED_ROWS = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Settings settings;

  public static void main(String[] args) {
    CommandLine cl = commandLine(args);
    int code = cl.execute(args);
    cl.getOut().flush();    // summaries are printed without a line end that would flush
    cl.getErr().flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  static CommandLine commandLine(String... args) {
    Marketsweep top = new Marketsweep();
    CommandLine cl = new CommandLine(top);
    cl.setExecutionExceptionHandler(Marketsweep::onFailure);
    try {
      top.settings = Settings.of(args);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      top.settings = Settings.of();
      top.settingsProblem = e.getMessage();
    }
    cl.setDefaultValueProvider(top.settings);
    return cl;
  }

  /** A problem reading the config file, reported when a command runs. */
  String settingsProblem;

  /** The settings of this run; fails with the config file's problem if it had one. */
  Settings settings() {
    if (settingsProblem != null) {
      throw new IllegalArgumentException(settingsProblem);
    }
    return settings;
  }

  private static int onFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println(cl.getColorScheme().errorText("marketsweep " + cl.getCommandName()
        + " failed: " + messageOf(e)));
    org.slf4j.LoggerFactory.getLogger(Marketsweep.class).debug("Failure", e);
    return e instanceof IllegalArgumentException ? USAGE : FAILURE;
  }

  private static String messageOf(Throwable e) {
    StringBuilder m = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !m.toString().contains(c.getMessage())) {
        m.append(": ").append(c.getMessage());
      }
    }
    return m.toString();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"marketsweep " + version()};
    }
  }

  public static String version() {
    String v = Marketsweep.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
