package org.marketsweep.crawl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product as the page describes it. Text fields are entity-decoded and whitespace-normalised;
 * any field may be {@code null} except {@code images} (possibly empty), {@code method} and
 * {@code fieldSources}.
 *
 * @param title product name
 * @param description product description
 * @param price offered price (for a range, the lowest)
 * @param currency ISO 4217 code
 * @param brand brand name
 * @param seller seller / merchant name
 * @param sku seller's stock keeping unit or product id, when stated
 * @param images absolute image URLs
 * @param canonicalUrl the page's canonical URL ({@code link rel=canonical} first)
 * @param availability normalised availability; {@code DISCONTINUED}/{@code SOLD_OUT} are not removals
 * @param method the highest-priority method that contributed any field
 * @param fieldSources for each non-null field name, the method that produced it
 */
public record ExtractedProduct(
    String title,
    String description,
    BigDecimal price,
    String currency,
    String brand,
    String seller,
    String sku,
    List<String> images,
    String canonicalUrl,
    Availability availability,
    ExtractionMethod method,
    Map<String, ExtractionMethod> fieldSources) {

  public ExtractedProduct {
    images = List.copyOf(images == null ? List.of() : images);
    Objects.requireNonNull(method, "method");
    fieldSources = Map.copyOf(fieldSources == null ? Map.of() : fieldSources);
  }
}
