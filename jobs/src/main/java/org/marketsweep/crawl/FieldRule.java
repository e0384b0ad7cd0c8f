package org.marketsweep.crawl;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * One way of reading a field in a {@link SiteProfile}: a CSS selector, optionally the attribute to
 * read instead of the text, optionally a regular expression whose first non-null group (or whole
 * match if it has no group) is the value. A rule whose pattern does not match yields nothing.
 *
 * @param selector CSS selector (Jsoup syntax)
 * @param attr attribute to read, or {@code null} for the element's text ("content" is read automatically on meta)
 * @param pattern optional regular expression applied with {@code find()}
 */
public record FieldRule(String selector, String attr, Pattern pattern) {
  public FieldRule {
    Objects.requireNonNull(selector, "selector");
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException("Invalid CSS selector '" + selector + "': " + e.getMessage(), e);
    }
  }

  /** A rule reading an element's text. */
  public static FieldRule of(String selector) {
    return new FieldRule(selector, null, null);
  }

  /** The value this rule reads from {@code e}, or {@code null}. */
  String apply(Element e) {
    String raw;
    if (attr != null) {
      String abs = e.absUrl(attr);
      raw = abs.isEmpty() ? e.attr(attr) : abs;
    } else if ("meta".equals(e.normalName())) {
      raw = e.attr("content");
    } else {
      raw = e.text();
    }
    String v = Text.clean(raw);
    if (v == null || pattern == null) {
      return v;
    }
    Matcher m = pattern.matcher(v);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return Text.normalize(m.group(g));
      }
    }
    return Text.normalize(m.group());
  }
}
