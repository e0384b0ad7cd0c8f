package org.marketsweep.lists;

import java.util.Locale;

/** How serious a match is; orders review queues and sets the base of a flag's score. */
public enum Severity {
  LOW(0.4),
  MEDIUM(0.6),
  HIGH(0.8),
  CRITICAL(0.95);

  private final double baseScore;

  Severity(double baseScore) {
    this.baseScore = baseScore;
  }

  public double baseScore() {
    return baseScore;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code low} / {@code medium} / {@code high} / {@code critical}; null if unknown. */
  public static Severity parse(String value) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return s;
      }
    }
    return null;
  }
}
