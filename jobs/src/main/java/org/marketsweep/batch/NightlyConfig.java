package org.marketsweep.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * What the nightly job reads, bound from the {@code marketsweep.nightly.*} properties of the
 * config file (YAML or properties), the environment and system properties. File paths may
 * hold {@code {date}}, replaced by the night's date ({@code 2026-11-02}).
 *
 * @param feeds one feed per marketplace to ingest (the file must exist)
 * @param crawlSeeds a seeds file to crawl (optional)
 * @param crawlConfig the crawl settings (optional)
 * @param crawlProfiles site profiles for the crawl (optional)
 * @param notices notices received that day (optional; a missing file means none)
 * @param removals removal events of the day (optional; a missing file means none)
 * @param decisions reviewer decisions of the day (optional; a missing file means none)
 * @param reportDays how many days the nightly report covers, ending on the night's date
 * @param relistSimilarity Jaccard similarity from which a reappearance is a relisting
 * @param relistHashTables MinHash LSH hash tables
 * @param repeatThreshold flagged or confirmed listings that make a repeat infringer
 * @param repeatWindowDays the window in which they are counted
 * @param territorialScope of the statements of reasons (country codes, EU or EEA)
 * @param automatedDecision how removals are decided: FULLY, PARTIALLY or NOT_AUTOMATED
 */
public record NightlyConfig(
    @DefaultValue List<Feed> feeds,
    String crawlSeeds,
    String crawlConfig,
    @DefaultValue List<String> crawlProfiles,
    String notices,
    String removals,
    String decisions,
    @DefaultValue("30") int reportDays,
    @DefaultValue("0.6") double relistSimilarity,
    @DefaultValue("5") int relistHashTables,
    @DefaultValue("3") int repeatThreshold,
    @DefaultValue("180") int repeatWindowDays,
    @DefaultValue List<String> territorialScope,
    @DefaultValue("NOT_AUTOMATED") String automatedDecision) {

  /** One marketplace feed: its file (with {@code {date}}) and an optional feed mapping. */
  public record Feed(String marketplace, String source, String mapping) {}

  /** The nightly settings of {@code environment}. */
  public static NightlyConfig of(Environment environment) {
    return Binder.get(environment).bindOrCreate("marketsweep.nightly",
        Bindable.of(NightlyConfig.class));
  }

  /** {@code pattern} with {@code {date}} replaced, or null for null. */
  public static String forDate(String pattern, LocalDate date) {
    return pattern == null ? null : pattern.replace("{date}", date.toString());
  }

  /** Paths of the config file are relative to the folder the config file is in. */
  public static Path resolve(Path base, String path) {
    Path p = Path.of(path);
    return base == null || p.isAbsolute() ? p : base.resolve(p);
  }
}
