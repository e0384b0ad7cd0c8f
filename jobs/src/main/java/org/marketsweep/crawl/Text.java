package org.marketsweep.crawl;

import org.jsoup.parser.Parser;

/** Text clean-up shared by the extractors: entity decoding and whitespace normalisation. */
final class Text {
  private Text() {}

  /**
   * Collapses every run of whitespace (including non-breaking and zero-width spaces) to one space
   * and trims; returns {@code null} for null or blank input.
   */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E'
          || c == '\u200F' || c == '\uFEFF') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** Decodes HTML entities that survived in attribute or JSON values (e.g. {@code &amp;amp;}) and normalises. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    return normalize(decoded);
  }
}
