package org.marketsweep.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatcherEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One compiled matcher per rule set per JVM: every task on an executor shares it, so the
 * rules are compiled once per executor, not per partition or row.
 */
public final class MatcherCache {
  private static final Logger LOG = LoggerFactory.getLogger(MatcherCache.class);
  private static final Map<String, ListingMatcher> MATCHERS = new ConcurrentHashMap<>();

  private MatcherCache() {}

  public static ListingMatcher get(String key, List<Rule> rules, MatcherEngine engine) {
    return MATCHERS.computeIfAbsent(engine + ":" + key, k -> {
      long start = System.nanoTime();
      MatcherEngine.Built build = engine.build(rules);
      build.problems().forEach(p -> LOG.warn("Rule left out: {}", p));
      LOG.info("Compiled {} rules for the {} matcher in {} ms", build.matcher().ruleCount(),
          engine.name().toLowerCase(java.util.Locale.ROOT),
          (System.nanoTime() - start) / 1_000_000);
      return build.matcher();
    });
  }

  /** A key that changes whenever any rule's id, query, list version or conditions change. */
  public static String fingerprint(List<Rule> rules) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Rule r : rules) {
        sha.update((r.id() + "\u0000" + r.query() + "\u0000" + r.listVersion() + "\u0000"
            + r.conditions() + "\u0001").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
