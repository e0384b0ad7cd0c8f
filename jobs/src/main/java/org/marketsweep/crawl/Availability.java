package org.marketsweep.crawl;

import java.util.Locale;

/** Availability normalised from schema.org / OpenGraph values. Not a removal signal by itself. */
public enum Availability {
  IN_STOCK,
  OUT_OF_STOCK,
  PRE_ORDER,
  BACK_ORDER,
  LIMITED,
  SOLD_OUT,
  DISCONTINUED,
  ONLINE_ONLY,
  IN_STORE_ONLY,
  UNKNOWN;

  /** Parses "http://schema.org/InStock", "InStock", "instock", "in stock", "oos"...; {@code null} if blank. */
  static Availability parse(String raw) {
    String s = Text.normalize(raw);
    if (s == null) {
      return null;
    }
    int slash = s.lastIndexOf('/');
    String key = (slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    switch (key) {
      case "instock":
        return IN_STOCK;
      case "outofstock":
      case "oos":
        return OUT_OF_STOCK;
      case "preorder":
      case "presale":
        return PRE_ORDER;
      case "backorder":
        return BACK_ORDER;
      case "limitedavailability":
        return LIMITED;
      case "soldout":
        return SOLD_OUT;
      case "discontinued":
        return DISCONTINUED;
      case "onlineonly":
        return ONLINE_ONLY;
      case "instoreonly":
        return IN_STORE_ONLY;
      default:
        return UNKNOWN;
    }
  }
}
