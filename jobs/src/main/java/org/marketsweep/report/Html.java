package org.marketsweep.report;

import java.util.Locale;

/** Escaping of text from the data, and how numbers are written in the report. */
final class Html {
  static final String NONE = "n/a";

  private Html() {}

  /**
   * {@code text} safe as element content and as a double- or single-quoted attribute value;
   * null becomes the empty string.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code 1,234}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A share of 0..1 as {@code 66.7%}; null as n/a. */
  static String percent(Double share) {
    return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Hours as {@code 48.0 h}; null as n/a. */
  static String hours(Double hours) {
    return hours == null ? NONE : String.format(Locale.ROOT, "%,.1f h", hours);
  }

  /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "\u2026";
  }

  /** A coordinate for SVG: at most two decimals, no exponent. */
  static String px(double value) {
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
  }
}
