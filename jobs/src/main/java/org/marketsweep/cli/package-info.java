/**
 * The {@code marketsweep} command line (picocli): one {@code Callable<Integer>} per
 * subcommand, exit codes 0 ok, 1 failure, 2 usage error, 3 finished with rejected rows.
 * {@code bin/marketsweep} runs {@link org.marketsweep.cli.Marketsweep} with Spark's JVM flags.
 */
package org.marketsweep.cli;
