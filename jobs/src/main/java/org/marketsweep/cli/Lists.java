package org.marketsweep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.marketsweep.jobs.MatcherCache;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the rules a run uses; broken rules are reported and left out, never fatal. */
final class Lists {
  private static final Logger LOG = LoggerFactory.getLogger(Lists.class);

  private Lists() {}

  /**
   * Loads the rules on another thread while Spark starts (both take seconds); when the
   * executors run in this JVM, compiling the rules for matching starts as soon as they are
   * loaded. {@link #await} the result.
   */
  static CompletableFuture<List<Rule>> loadWhileSparkStarts(Path dir, SparkOptions spark) {
    CompletableFuture<List<Rule>> rules = CompletableFuture.supplyAsync(() -> load(dir));
    if (spark.inProcess()) {
      rules.thenAccept(r -> MatcherCache.warm(r, MatcherEngine.configured()));
    }
    return rules;
  }

  /** The rules {@link #loadWhileSparkStarts} loaded, or the error that stopped it. */
  static List<Rule> await(CompletableFuture<List<Rule>> rules) {
    try {
      return rules.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  static List<Rule> load(Path dir) {
    Path root = Paths.existing(dir == null ? Paths.defaultLists() : dir, "Lists folder");
    KeywordLists.Loaded loaded = KeywordLists.load(root);
    loaded.problems().forEach(p -> LOG.warn("Keyword list problem, rule left out: {}", p));
    if (loaded.rules().isEmpty()) {
      throw new IllegalArgumentException("No usable rules in " + root);
    }
    return loaded.rules();
  }
}
