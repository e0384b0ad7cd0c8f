package org.marketsweep.cli;

import java.nio.file.Path;
import java.util.List;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the rules a run uses; broken rules are reported and left out, never fatal. */
final class Lists {
  private static final Logger LOG = LoggerFactory.getLogger(Lists.class);

  private Lists() {}

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
