package org.marketsweep.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  private static final Map<String, CompletableFuture<ListingMatcher>> MATCHERS =
      new ConcurrentHashMap<>();

  private MatcherCache() {}

  /** The matcher of {@code rules}, compiled by the first caller, waited for by the others. */
  public static ListingMatcher get(String key, List<Rule> rules, MatcherEngine engine) {
    try {
      return future(key, rules, engine).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Starts compiling {@code rules} on another thread, if no one has yet. */
  public static void warm(List<Rule> rules, MatcherEngine engine) {
    warm(fingerprint(rules), rules, engine);
  }

  /** {@link #warm(List, MatcherEngine)} with the rules' {@link #fingerprint} at hand. */
  public static void warm(String key, List<Rule> rules, MatcherEngine engine) {
    future(key, rules, engine);
  }

  private static CompletableFuture<ListingMatcher> future(String key, List<Rule> rules,
      MatcherEngine engine) {
    String id = engine + ":" + key;
    CompletableFuture<ListingMatcher> f = MATCHERS.computeIfAbsent(id,
        k -> CompletableFuture.supplyAsync(() -> compile(rules, engine)));
    // a failed compilation is not kept: the next caller tries again, and sees the error
    f.whenComplete((m, e) -> {
      if (e != null) {
        MATCHERS.remove(id, f);
      }
    });
    return f;
  }

  private static ListingMatcher compile(List<Rule> rules, MatcherEngine engine) {
    long start = System.nanoTime();
    MatcherEngine.Built build = engine.build(rules);
    build.problems().forEach(p -> LOG.warn("Rule left out: {}", p));
    LOG.info("Compiled {} rules for the {} matcher in {} ms", build.matcher().ruleCount(),
        engine.name().toLowerCase(java.util.Locale.ROOT),
        (System.nanoTime() - start) / 1_000_000);
    return build.matcher();
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
