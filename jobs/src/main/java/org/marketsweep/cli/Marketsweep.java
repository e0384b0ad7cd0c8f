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
        SweepCommand.class, ListsCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Marketsweep implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int REJECTED_ROWS = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Marketsweep());
    cl.setExecutionExceptionHandler(Marketsweep::onFailure);
    return cl;
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
