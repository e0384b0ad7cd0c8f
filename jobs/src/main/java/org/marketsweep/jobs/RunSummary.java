package org.marketsweep.jobs;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scan did. It always balances: {@code read = accepted + rejected}.
 *
 * @param flaggedListings listings with at least one flag
 * @param flags flag rows written
 * @param flagsByCategory flag rows per category
 */
public record RunSummary(
    String scanId,
    String scanDate,
    long read,
    long accepted,
    long rejected,
    long flaggedListings,
    long flags,
    Map<String, Long> flagsByCategory,
    int rules,
    double wallSeconds,
    String flagsPath,
    String rejectsPath) {

  public RunSummary {
    flagsByCategory = Map.copyOf(flagsByCategory);
    if (read != accepted + rejected) {
      throw new IllegalStateException("Run summary does not balance: read " + read
          + " != accepted " + accepted + " + rejected " + rejected);
    }
  }

  public double listingsPerSecond() {
    return wallSeconds <= 0 ? 0 : read / wallSeconds;
  }

  /** Human-readable summary, one fact per line. */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "scan %s (%s)%n", scanDate, scanId));
    s.append(String.format(Locale.ROOT, "  rows read        %,12d%n", read));
    s.append(String.format(Locale.ROOT, "  accepted         %,12d%n", accepted));
    s.append(String.format(Locale.ROOT, "  rejected         %,12d%s%n", rejected,
        rejected > 0 ? "   -> " + rejectsPath : ""));
    s.append(String.format(Locale.ROOT, "  listings flagged %,12d%n", flaggedListings));
    s.append(String.format(Locale.ROOT, "  flags            %,12d   -> %s%n", flags, flagsPath));
    new TreeMap<>(flagsByCategory).forEach((category, n) ->
        s.append(String.format(Locale.ROOT, "    %-14s %,12d%n", category, n)));
    s.append(String.format(Locale.ROOT, "  rules            %,12d%n", rules));
    s.append(String.format(Locale.ROOT, "  wall time        %12.1f s (%,.0f listings/s)%n",
        wallSeconds, listingsPerSecond()));
    return s.toString();
  }
}
