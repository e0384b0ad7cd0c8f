package org.marketsweep.crawl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Mutable, partial product found by one extraction method; merged by {@link ProductExtractor}. */
final class ProductFields {
  final ExtractionMethod method;
  /** True if this method saw an explicit product signal (a Product item, og:type=product...). */
  boolean productSignal;
  String title;
  String description;
  BigDecimal price;
  String currency;
  String brand;
  String seller;
  String sku;
  final List<String> images = new ArrayList<>();
  String canonicalUrl;
  Availability availability;

  ProductFields(ExtractionMethod method) {
    this.method = method;
  }

  void title(String v) {
    if (title == null) {
      title = Text.clean(v);
    }
  }

  void description(String v) {
    if (description == null) {
      description = Text.clean(v);
    }
  }

  void brand(String v) {
    if (brand == null) {
      brand = Text.clean(v);
    }
  }

  void seller(String v) {
    if (seller == null) {
      seller = Text.clean(v);
    }
  }

  void sku(String v) {
    if (sku == null) {
      sku = Text.clean(v);
    }
  }

  void currency(String isoCode) {
    if (currency == null && isoCode != null) {
      currency = isoCode;
    }
  }

  void image(String absoluteUrl) {
    String u = Text.normalize(absoluteUrl);
    if (u != null && !images.contains(u)) {
      images.add(u);
    }
  }

  void availability(Availability a) {
    if (availability == null && a != null) {
      availability = a;
    }
  }

  boolean isEmpty() {
    return title == null && description == null && price == null && currency == null && brand == null
        && seller == null && sku == null && images.isEmpty() && canonicalUrl == null && availability == null;
  }
}
