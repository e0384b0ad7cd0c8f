package org.marketsweep.crawl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads schema.org Product data from {@code <script type="application/ld+json">} blocks: a Product
 * at top level, in an array, inside {@code @graph} or {@code mainEntity}; ProductGroup with
 * {@code hasVariant}; offers as Offer, AggregateOffer or an array; price as number or string or in
 * {@code priceSpecification}.
 */
final class JsonLdExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(JsonLdExtractor.class);
  private static final Set<String> PRODUCT_TYPES =
      Set.of("product", "productgroup", "individualproduct", "productmodel", "someproducts", "vehicle", "car");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
      .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
      .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
      .build();

  ProductFields extract(Document doc, CurrencyResolver.PageContext context) {
    ProductFields out = new ProductFields(ExtractionMethod.JSON_LD);
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root = parse(script.data(), doc.location());
      if (root == null) {
        continue;
      }
      JsonNode product = findProduct(root);
      if (product != null) {
        out.productSignal = true;
        read(product, out, doc, context);
        return out;
      }
    }
    return out;
  }

  private static JsonNode parse(String raw, String pageUrl) {
    String json = raw.trim();
    if (json.startsWith("<!--")) {
      json = json.substring(4);
    }
    if (json.endsWith("-->")) {
      json = json.substring(0, json.length() - 3);
    }
    json = json.replace("<![CDATA[", "").replace("]]>", "").trim();
    while (json.endsWith(";")) {
      json = json.substring(0, json.length() - 1).trim();
    }
    if (json.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      LOG.debug("Skipping unparseable JSON-LD block on {}: {}", pageUrl, e.getOriginalMessage());
      return null;
    }
  }

  /** Pre-order search, so a top-level Product wins over products nested in it (isRelatedTo...). */
  private static JsonNode findProduct(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        JsonNode found = findProduct(child);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isProductType(node.get("@type"))) {
      return node;
    }
    // Not into ItemList / itemListElement: a list of products is a category page, not a product.
    for (String key : List.of("@graph", "mainEntity")) {
      JsonNode found = findProduct(node.get(key));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isProductType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isProductType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    int slash = t.lastIndexOf('/');
    return PRODUCT_TYPES.contains((slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT));
  }

  private static void read(JsonNode p, ProductFields out, Document doc, CurrencyResolver.PageContext ctx) {
    out.title(text(p.get("name")));
    out.description(text(p.get("description")));
    out.brand(name(p.get("brand")));
    if (out.brand == null) {
      out.brand(name(p.get("manufacturer")));
    }
    out.sku(text(p.get("sku")));
    if (out.sku == null) {
      out.sku(text(p.get("productID")));
    }
    for (String img : images(p.get("image"))) {
      out.image(doc.location().isEmpty() ? img : Urls.resolve(doc.location(), img));
    }
    String url = text(p.get("url"));
    if (url != null) {
      out.canonicalUrl = doc.location().isEmpty() ? url : Urls.resolve(doc.location(), url);
    }
    readOffers(p.get("offers"), out, ctx);
    JsonNode variants = p.get("hasVariant");
    if (variants != null) {
      for (JsonNode v : variants.isArray() ? variants : List.of(variants)) {
        if (out.price != null) {
          break;
        }
        readOffers(v.get("offers"), out, ctx);
        out.brand(name(v.get("brand")));
        for (String img : images(v.get("image"))) {
          out.image(doc.location().isEmpty() ? img : Urls.resolve(doc.location(), img));
        }
      }
    }
  }

  private static void readOffers(JsonNode offers, ProductFields out, CurrencyResolver.PageContext ctx) {
    if (offers == null || offers.isNull()) {
      return;
    }
    List<JsonNode> list = new ArrayList<>();
    if (offers.isArray()) {
      offers.forEach(list::add);
    } else {
      list.add(offers);
    }
    for (JsonNode offer : list) {
      if (!offer.isObject()) {
        continue;
      }
      String currency = CurrencyResolver.resolve(text(offer.get("priceCurrency")), ctx);
      PriceParser.ParsedPrice price = firstPrice(ctx, offer.get("lowPrice"), offer.get("price"));
      if (price == null) {
        price = fromSpecification(offer.get("priceSpecification"), ctx);
        if (price != null && price.currency() != null) {
          currency = currency == null ? price.currency() : currency;
        }
      }
      if (price == null && offer.has("offers")) {
        readOffers(offer.get("offers"), out, ctx);
      }
      out.seller(name(offer.get("seller")));
      out.availability(Availability.parse(text(offer.get("availability"))));
      if (out.price == null && price != null) {
        out.price = price.amount();
        out.currency(currency != null ? currency : price.currency());
      }
      if (out.price != null) {
        out.currency(currency);
        return;
      }
      out.currency(currency);
    }
  }

  private static PriceParser.ParsedPrice fromSpecification(JsonNode spec, CurrencyResolver.PageContext ctx) {
    if (spec == null) {
      return null;
    }
    List<JsonNode> specs = new ArrayList<>();
    if (spec.isArray()) {
      spec.forEach(specs::add);
    } else {
      specs.add(spec);
    }
    PriceParser.ParsedPrice fallback = null;
    for (JsonNode s : specs) {
      PriceParser.ParsedPrice p = firstPrice(ctx, s.get("price"), s.get("minPrice"));
      if (p == null) {
        continue;
      }
      String currency = CurrencyResolver.resolve(text(s.get("priceCurrency")), ctx);
      p = new PriceParser.ParsedPrice(p.amount(), currency != null ? currency : p.currency());
      String type = text(s.get("priceType"));
      boolean listPrice = type != null && type.matches("(?i).*(ListPrice|StrikethroughPrice|MSRP|SRP).*");
      if (!listPrice) {
        return p;
      }
      if (fallback == null) {
        fallback = p;
      }
    }
    return fallback;
  }

  private static PriceParser.ParsedPrice firstPrice(CurrencyResolver.PageContext ctx, JsonNode... candidates) {
    for (JsonNode n : candidates) {
      if (n == null || n.isNull()) {
        continue;
      }
      if (n.isNumber()) {
        return new PriceParser.ParsedPrice(n.decimalValue(), null);
      }
      if (n.isTextual()) {
        var parsed = PriceParser.parseStructured(n.asText(), ctx);
        if (parsed.isPresent()) {
          return parsed.get();
        }
      }
    }
    return null;
  }

  /** A string, or the first element of an array, or an object's {@code @value}. */
  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return n.has("@value") ? text(n.get("@value")) : null;
    }
    return n.asText();
  }

  /** Brand / seller: a plain string or an object with {@code name}. */
  private static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0));
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    return n.asText();
  }

  private static List<String> images(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(c -> out.addAll(images(c)));
    } else if (n.isObject()) {
      String u = text(n.has("contentUrl") ? n.get("contentUrl") : n.get("url"));
      if (u != null) {
        out.add(u);
      }
    } else if (!n.asText().isBlank()) {
      out.add(n.asText().trim());
    }
    return out;
  }
}
