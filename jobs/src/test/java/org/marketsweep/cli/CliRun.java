package org.marketsweep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM, as {@code main} does, its output and errors into a writer. */
final class CliRun {
  private CliRun() {}

  /** The exit code of {@code marketsweep args}; what it printed is appended to {@code out}. */
  static int run(StringWriter out, String... args) {
    CommandLine cl = Marketsweep.commandLine(args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    return cl.execute(args);
  }
}
