package org.marketsweep.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the first schema.org Product item in HTML microdata ({@code itemscope itemtype=".../Product"}):
 * name, description, brand, sku, image, url and the first Offer / AggregateOffer (price or lowPrice,
 * priceCurrency, availability, seller). Values come from {@code content}, {@code href}/{@code src}
 * or the element text, as the microdata spec says.
 */
final class MicrodataExtractor {

  ProductFields extract(Document doc, CurrencyResolver.PageContext ctx) {
    ProductFields out = new ProductFields(ExtractionMethod.MICRODATA);
    Element product = null;
    int topLevelProducts = 0;
    for (Element scope : doc.select("[itemscope][itemtype]")) {
      if (isType(scope, "product", "productgroup", "individualproduct", "productmodel") && !nestedInItem(scope)) {
        topLevelProducts++;
        if (product == null) {
          product = scope;
        }
      }
    }
    // Several independent Product items: a search-result or category page, not one listing.
    if (product == null || topLevelProducts > 1) {
      return out;
    }
    out.productSignal = true;
    out.title(first(product, "name"));
    out.description(first(product, "description"));
    Element brand = firstItem(product, "brand");
    out.brand(brand != null ? firstOrText(brand, "name") : first(product, "brand"));
    if (out.brand == null) {
      Element manufacturer = firstItem(product, "manufacturer");
      out.brand(manufacturer != null ? firstOrText(manufacturer, "name") : first(product, "manufacturer"));
    }
    out.sku(first(product, "sku"));
    if (out.sku == null) {
      out.sku(first(product, "productID"));
    }
    for (String img : all(product, "image")) {
      out.image(img);
    }
    out.canonicalUrl = Text.normalize(first(product, "url"));
    for (Element offer : items(product, "offers")) {
      readOffer(offer, out, ctx);
      if (out.price != null) {
        break;
      }
    }
    if (out.price == null) {
      readOffer(product, out, ctx);
    }
    return out;
  }

  private static void readOffer(Element offer, ProductFields out, CurrencyResolver.PageContext ctx) {
    String currency = CurrencyResolver.resolve(first(offer, "priceCurrency"), ctx);
    String rawPrice = first(offer, "lowPrice");
    if (rawPrice == null) {
      rawPrice = first(offer, "price");
    }
    if (rawPrice == null) {
      Element spec = firstItem(offer, "priceSpecification");
      if (spec != null) {
        rawPrice = first(spec, "price");
        if (currency == null) {
          currency = CurrencyResolver.resolve(first(spec, "priceCurrency"), ctx);
        }
      }
    }
    Element seller = firstItem(offer, "seller");
    out.seller(seller != null ? firstOrText(seller, "name") : first(offer, "seller"));
    out.availability(Availability.parse(first(offer, "availability")));
    if (out.price == null && rawPrice != null) {
      var parsed = PriceParser.parseStructured(rawPrice, ctx);
      if (parsed.isPresent()) {
        out.price = parsed.get().amount();
        out.currency(currency != null ? currency : parsed.get().currency());
      }
    }
    out.currency(currency);
  }

  private static boolean nestedInItem(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isType(Element scope, String... types) {
    for (String t : scope.attr("itemtype").trim().split("\\s+")) {
      int slash = t.lastIndexOf('/');
      String local = (slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT);
      for (String wanted : types) {
        if (local.equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Elements carrying {@code itemprop=name} that belong to {@code scope} itself, not to a nested item. */
  private static List<Element> props(Element scope, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : scope.select("[itemprop]")) {
      if (e == scope || !hasProp(e, name)) {
        continue;
      }
      Element owner = e.parent();
      while (owner != null && owner != scope && !owner.hasAttr("itemscope")) {
        owner = owner.parent();
      }
      if (owner == scope) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean hasProp(Element e, String name) {
    for (String p : e.attr("itemprop").trim().split("\\s+")) {
      if (p.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> items(Element scope, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : props(scope, name)) {
      if (e.hasAttr("itemscope")) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element firstItem(Element scope, String name) {
    List<Element> items = items(scope, name);
    return items.isEmpty() ? null : items.get(0);
  }

  private static String first(Element scope, String name) {
    for (Element e : props(scope, name)) {
      if (e.hasAttr("itemscope")) {
        continue;
      }
      String v = Text.normalize(value(e));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstOrText(Element item, String name) {
    String v = first(item, name);
    return v != null ? v : Text.normalize(item.text());
  }

  private static List<String> all(Element scope, String name) {
    List<String> out = new ArrayList<>();
    for (Element e : props(scope, name)) {
      String v = Text.normalize(value(e));
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** The microdata property value of an element. */
  static String value(Element e) {
    if (e.hasAttr("content")) {
      return e.attr("content");
    }
    switch (e.normalName()) {
      case "a":
      case "link":
      case "area":
        return e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
      case "img":
      case "audio":
      case "video":
      case "source":
      case "iframe":
      case "embed":
        return e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src");
      case "meta":
        return e.attr("content");
      case "data":
      case "meter":
        return e.attr("value");
      case "time":
        return e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      default:
        return e.text();
    }
  }
}
