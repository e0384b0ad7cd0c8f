package org.marketsweep.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The territorial scope of the statements of reasons: EU / EEA country codes as the DSA
 * Transparency Database takes them (ISO 3166-1 alpha-2, Greece as {@code GR}), or the
 * shorthands {@code EU} (the 27 member states) and {@code EEA} (those plus IS, LI, NO).
 */
public final class TerritorialScope {
  public static final List<String> EU = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE",
      "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT",
      "RO", "SE", "SI", "SK");
  public static final List<String> EEA_ONLY = List.of("IS", "LI", "NO");

  private TerritorialScope() {}

  /** The sorted, distinct codes of {@code values}; an unknown code is refused by name. */
  public static List<String> parse(List<String> values) {
    Set<String> codes = new TreeSet<>();
    for (String value : values) {
      String v = value.strip().toUpperCase(Locale.ROOT);
      if (v.equals("EU") || v.equals("EEA")) {
        codes.addAll(EU);
        if (v.equals("EEA")) {
          codes.addAll(EEA_ONLY);
        }
      } else if (EU.contains(v) || EEA_ONLY.contains(v)) {
        codes.add(v);
      } else if (!v.isEmpty()) {
        throw new IllegalArgumentException("Unknown territorial scope \"" + value + "\": use"
            + " EU / EEA country codes (AT, BE, ..., GR for Greece), EU or EEA");
      }
    }
    return List.copyOf(codes);
  }
}
