package org.marketsweep.lists;

import java.util.Locale;

/** The three kinds of illegal offers marketsweep looks for. */
public enum Category {
  COUNTERFEIT("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
  WILDLIFE("STATEMENT_CATEGORY_ANIMAL_WELFARE"),
  UNSAFE("STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS");

  private final String defaultDsaCategory;

  Category(String defaultDsaCategory) {
    this.defaultDsaCategory = defaultDsaCategory;
  }

  /** The EU DSA statement-of-reasons category used when a list names none. */
  public String defaultDsaCategory() {
    return defaultDsaCategory;
  }

  /** The name used in lists and flags: {@code counterfeit}, {@code wildlife}, {@code unsafe}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code counterfeit} / {@code wildlife} / {@code unsafe}, any case; null if unknown. */
  public static Category parse(String value) {
    for (Category c : values()) {
      if (c.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return c;
      }
    }
    return null;
  }
}
