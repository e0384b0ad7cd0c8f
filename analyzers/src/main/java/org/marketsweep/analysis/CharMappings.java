package org.marketsweep.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * Reads character swap files in Lucene's mapping format, one {@code "from" => "to"} per line,
 * {@code #} comments. A source may appear on several lines: each line adds an alternative.
 */
final class CharMappings {
  private static final Pattern RULE = Pattern.compile("^\"(.+)\"\\s*=>\\s*\"(.*)\"\\s*$");

  private CharMappings() {}

  /** Returns, per source code point, its alternatives in file order. */
  static Map<Integer, List<String>> load(ResourceLoader loader, String resource)
      throws IOException {
    Map<Integer, List<String>> map = new LinkedHashMap<>();
    List<String> lines =
        WordlistLoader.getLines(loader.openResource(resource), StandardCharsets.UTF_8);
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      Matcher m = RULE.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "Cannot parse mapping " + resource + " (rule " + lineNumber + "): " + line);
      }
      String from = unescape(m.group(1));
      if (from.codePointCount(0, from.length()) != 1) {
        throw new IllegalArgumentException("Mapping " + resource + " (rule " + lineNumber
            + "): source must be one character, got \"" + from + "\"");
      }
      map.computeIfAbsent(from.codePointAt(0), k -> new ArrayList<>()).add(unescape(m.group(2)));
    }
    return map;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        if (next == 'u' && i + 4 < s.length()) {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
