package org.marketsweep.crawl;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Last-resort fields, used only to fill gaps on pages another method recognised as a product:
 * title (the single {@code <h1>} when the {@code <title>} contains it, else {@code <title>}), meta
 * description, {@code link rel=canonical}, the first currency-marked amount in an element whose
 * class or id mentions "price", and a "Brand" label/value row of a specification table.
 */
final class GenericExtractor {
  private static final Set<String> BRAND_LABELS = Set.of("brand", "brand name", "marke", "marque", "marca", "merk");

  /**
   * Reads the generic fields; the costlier visible-price and brand-row searches run only when
   * {@code needPrice} / {@code needBrand} say no better method found them.
   */
  ProductFields extract(Document doc, CurrencyResolver.PageContext ctx, boolean needPrice, boolean needBrand) {
    ProductFields out = new ProductFields(ExtractionMethod.GENERIC);
    out.title(title(doc));
    out.description(OpenGraphExtractor.meta(doc, "description"));
    Element canonical = doc.selectFirst("link[rel~=(?i)(^|\\s)canonical($|\\s)][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      out.canonicalUrl = Urls.resolve(doc.location(), canonical.attr("href"));
    }
    if (needPrice) {
      price(doc, out, ctx);
    }
    if (needBrand) {
      out.brand(brandRow(doc));
    }
    return out;
  }

  private static String title(Document doc) {
    String title = Text.clean(doc.title());
    Elements h1 = doc.select("body h1");
    if (h1.size() == 1) {
      String h = Text.normalize(h1.get(0).text());
      if (h != null && (title == null || title.contains(h))) {
        return h;
      }
    }
    return title;
  }

  private static void price(Document doc, ProductFields out, CurrencyResolver.PageContext ctx) {
    for (Element e : doc.select("body [class*=price], body [id*=price], body [class*=Price], body [id*=Price]")) {
      String marker = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (marker.matches(".*(old|was|list|strike|regular|original|save|saving|compare|msrp|rrp|per-unit|unit-price).*")) {
        continue;
      }
      String text = Text.normalize(e.ownText());
      if (text == null || !text.matches(".*\\d.*")) {
        text = e.children().isEmpty() ? text : Text.normalize(e.text());
      }
      if (text == null || text.length() > 40) {
        continue;
      }
      var parsed = PriceParser.parse(text, ctx);
      if (parsed.isPresent() && parsed.get().currency() != null && parsed.get().amount().signum() > 0) {
        out.price = parsed.get().amount();
        out.currency(parsed.get().currency());
        return;
      }
    }
  }

  private static String brandRow(Document doc) {
    for (Element label : doc.select("body th, body td, body dt, body span, body div, body label, body strong, body b")) {
      if (!label.children().isEmpty()) {
        continue;
      }
      String t = Text.normalize(label.text());
      if (t == null || t.length() > 15) {
        continue;
      }
      String key = t.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
      if (!BRAND_LABELS.contains(key)) {
        continue;
      }
      Element value = label.nextElementSibling();
      if (value != null) {
        String v = Text.normalize(value.text());
        if (v != null && v.length() <= 80) {
          return v;
        }
      }
    }
    return null;
  }
}
