package org.marketsweep.crawl;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Decides whether a fetched listing is gone: HTTP 404 or 410, or a listing-ended marker of the
 * site's {@link RemovalRules} (a phrase in the visible text, or a matching selector). Availability
 * values such as Discontinued or SoldOut are not removals: the listing is still online.
 */
final class RemovalDetector {

  /** The reason the page counts as removed, or empty. */
  Optional<String> removedByStatus(int status) {
    if (status == 404 || status == 410) {
      return Optional.of("HTTP " + status);
    }
    return Optional.empty();
  }

  Optional<String> removedByContent(Document doc, RemovalRules rules) {
    for (String selector : rules.selectors()) {
      if (doc.selectFirst(selector) != null) {
        return Optional.of("marker selector '" + selector + "'");
      }
    }
    if (rules.phrases().isEmpty() || doc.body() == null) {
      return Optional.empty();
    }
    String text = Text.normalize(doc.body().text());
    if (text == null) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : rules.phrases()) {
      String p = Text.normalize(phrase);
      if (p != null && lower.contains(p.toLowerCase(Locale.ROOT))) {
        return Optional.of("marker phrase '" + phrase + "'");
      }
    }
    return Optional.empty();
  }
}
