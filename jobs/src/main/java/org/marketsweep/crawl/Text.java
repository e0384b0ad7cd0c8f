package org.marketsweep.crawl;

import org.jsoup.Jsoup;
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

  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][^>]*>");

  /**
   * Strips HTML tags and decodes HTML entities that survived in attribute or JSON values (e.g.
   * {@code <br/>}, {@code &amp;amp;}), then normalises whitespace.
   */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String text = s;
    if (TAG.matcher(text).find()) {
      text = Jsoup.parseBodyFragment(text.replaceAll("(?i)<br\\s*/?>", " ")).text();
    }
    // Shops double-encode ("&amp;amp;"): decode until stable, a few rounds at most.
    for (int round = 0; round < 3 && text.indexOf('&') >= 0; round++) {
      String decoded = Parser.unescapeEntities(text, false);
      if (decoded.equals(text)) {
        break;
      }
      text = decoded;
    }
    return normalize(text);
  }
}
