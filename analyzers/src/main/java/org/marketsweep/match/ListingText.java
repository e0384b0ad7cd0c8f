package org.marketsweep.match;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the matcher reads of a listing: the text, and the fields rule conditions test.
 *
 * @param title required
 * @param description may be null
 * @param language BCP-47 tag, or null when unknown (the matcher then detects it)
 * @param price may be null
 * @param currency ISO 4217, may be null
 * @param category the marketplace's own category, may be null
 * @param marketplace may be null
 */
public record ListingText(
    String title,
    String description,
    String language,
    BigDecimal price,
    String currency,
    String category,
    String marketplace) implements java.io.Serializable {

  public ListingText {
    Objects.requireNonNull(title, "title");
  }

  public static ListingText of(String title) {
    return new ListingText(title, null, null, null, null, null, null);
  }

  /** The text that is matched: title, then description; match offsets index into it. */
  public String text() {
    return description == null || description.isEmpty() ? title : title + "\n" + description;
  }

  public ListingText withLanguage(String detected) {
    return new ListingText(title, description, detected, price, currency, category, marketplace);
  }
}
