package org.marketsweep.crawl;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Applies a {@link SiteProfile}'s CSS selectors. A matched title or price is a product signal. */
final class ProfileExtractor {

  ProductFields extract(Document doc, SiteProfile profile, CurrencyResolver.PageContext ctx) {
    ProductFields out = new ProductFields(ExtractionMethod.PROFILE);
    if (profile == null) {
      return out;
    }
    out.title(first(doc, profile.rules("title")));
    out.description(first(doc, profile.rules("description")));
    out.brand(first(doc, profile.rules("brand")));
    out.seller(first(doc, profile.rules("seller")));
    out.sku(first(doc, profile.rules("sku")));
    String canonical = first(doc, profile.rules("canonical"));
    if (canonical != null) {
      out.canonicalUrl = Urls.resolve(doc.location(), canonical);
    }
    out.availability(Availability.parse(first(doc, profile.rules("availability"))));
    for (FieldRule rule : profile.rules("images")) {
      for (Element e : doc.select(rule.selector())) {
        String v = rule.apply(e);
        if (v != null) {
          out.image(Urls.resolve(doc.location(), v));
        }
      }
    }
    String currency = CurrencyResolver.resolve(first(doc, profile.rules("currency")), ctx);
    for (FieldRule rule : profile.rules("price")) {
      for (Element e : doc.select(rule.selector())) {
        String v = rule.apply(e);
        var parsed = v == null ? java.util.Optional.<PriceParser.ParsedPrice>empty() : PriceParser.parse(v, ctx);
        if (parsed.isPresent()) {
          out.price = parsed.get().amount();
          out.currency(parsed.get().currency() != null ? parsed.get().currency() : currency);
          break;
        }
      }
      if (out.price != null) {
        break;
      }
    }
    out.currency(currency);
    out.productSignal = out.title != null || out.price != null;
    return out;
  }

  private static String first(Document doc, List<FieldRule> rules) {
    for (FieldRule rule : rules) {
      for (Element e : doc.select(rule.selector())) {
        String v = rule.apply(e);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }
}
