package org.marketsweep.crawl;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads OpenGraph / Facebook product meta tags: og:title, og:description, og:image, og:url,
 * product:price:amount (or og:price:amount), product:price:currency, product:brand,
 * product:availability, product:retailer_item_id. A product signal is og:type containing
 * "product" or a price tag.
 */
final class OpenGraphExtractor {

  ProductFields extract(Document doc, CurrencyResolver.PageContext ctx) {
    ProductFields out = new ProductFields(ExtractionMethod.OPEN_GRAPH);
    String type = meta(doc, "og:type");
    String amount = firstMeta(doc, "product:price:amount", "og:price:amount", "product:sale_price:amount");
    out.productSignal = (type != null && type.toLowerCase(Locale.ROOT).contains("product")) || amount != null;
    if (!out.productSignal) {
      return out;
    }
    out.title(meta(doc, "og:title"));
    out.description(meta(doc, "og:description"));
    out.brand(firstMeta(doc, "product:brand", "og:brand"));
    out.sku(firstMeta(doc, "product:retailer_item_id", "product:sku"));
    out.availability(Availability.parse(firstMeta(doc, "product:availability", "og:availability")));
    for (Element m : doc.select("meta[property~=(?i)^og:image(:url|:secure_url)?$], meta[name~=(?i)^og:image(:url)?$]")) {
      String v = Text.normalize(m.attr("content"));
      if (v != null) {
        out.image(Urls.resolve(doc.location(), v));
      }
    }
    String url = meta(doc, "og:url");
    if (url != null) {
      out.canonicalUrl = Urls.resolve(doc.location(), url);
    }
    String currency = CurrencyResolver.resolve(
        firstMeta(doc, "product:price:currency", "og:price:currency", "product:sale_price:currency"), ctx);
    if (amount != null) {
      var parsed = PriceParser.parseStructured(amount, ctx);
      if (parsed.isPresent()) {
        out.price = parsed.get().amount();
        out.currency(currency != null ? currency : parsed.get().currency());
      }
    }
    out.currency(currency);
    return out;
  }

  private static String firstMeta(Document doc, String... names) {
    for (String n : names) {
      String v = meta(doc, n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Content of {@code <meta property=name>} or {@code <meta name=name>}, first non-blank. */
  static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property").trim()) || name.equalsIgnoreCase(m.attr("name").trim())) {
        String v = Text.clean(m.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }
}
