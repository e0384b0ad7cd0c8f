package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns match offsets into what a reviewer reads: the matched terms as written and a short
 * snippet around the first match with every match marked {@code [[…]]}.
 */
final class Highlights {
  static final int CONTEXT_CHARS = 60;
  static final String OPEN = "[[";
  static final String CLOSE = "]]";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A matched span of the listing text (a sloppy phrase may report its ends swapped). */
  record Span(int start, int end) {
    Span {
      if (start > end) {
        int swap = start;
        start = end;
        end = swap;
      }
    }
  }

  private Highlights() {}

  static List<String> terms(String text, Collection<Span> spans) {
    Set<String> terms = new LinkedHashSet<>();
    for (Span s : merge(spans)) {
      terms.add(collapseWhitespace(text.substring(s.start(), s.end())));
    }
    return List.copyOf(terms);
  }

  static String snippet(String text, Collection<Span> spans) {
    List<Span> merged = merge(spans);
    if (merged.isEmpty()) {
      return "";
    }
    int from = wordStart(text, Math.max(0, merged.get(0).start() - CONTEXT_CHARS));
    int to = wordEnd(text, Math.min(text.length(), merged.get(0).end() + CONTEXT_CHARS));
    for (Span s : merged) {
      if (s.start() < to && s.end() > to) {
        to = wordEnd(text, s.end());
      }
    }
    StringBuilder out = new StringBuilder();
    if (from > 0) {
      out.append('…');
    }
    int at = from;
    for (Span s : merged) {
      if (s.start() >= to) {
        break;
      }
      out.append(text, at, s.start()).append(OPEN).append(text, s.start(), s.end())
          .append(CLOSE);
      at = s.end();
    }
    out.append(text, at, to);
    if (to < text.length()) {
      out.append('…');
    }
    return collapseWhitespace(out.toString()).strip();
  }

  /** Each run of whitespace as one space. */
  private static String collapseWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length()
          && Character.isWhitespace(s.charAt(i + 1)))) {
        return WHITESPACE.matcher(s).replaceAll(" ");
      }
    }
    return s;
  }

  /** Sorted, with overlapping spans joined. */
  static List<Span> merge(Collection<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Span> merged = new ArrayList<>();
    for (Span s : sorted) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static int wordStart(String text, int i) {
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
