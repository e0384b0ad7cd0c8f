package org.marketsweep.crawl;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an {@link ExtractedProduct} from an HTML page by merging, field by field, JSON-LD &gt;
 * microdata &gt; OpenGraph &gt; site profile &gt; generic fallbacks. The canonical URL is the
 * exception: {@code link rel=canonical} (generic) is the page's own declaration and wins, then
 * og:url, then the structured-data {@code url}. The price and its currency are taken together from
 * the first method that has a price; a currency-only method fills the currency if none came with it.
 *
 * <p>A page is a product page only if JSON-LD or microdata contain a Product item, OpenGraph says
 * og:type=product or carries a price, or the site profile matched a title or price. Thread-safe.
 */
public final class ProductExtractor {
  private final JsonLdExtractor jsonLd = new JsonLdExtractor();
  private final MicrodataExtractor microdata = new MicrodataExtractor();
  private final OpenGraphExtractor openGraph = new OpenGraphExtractor();
  private final ProfileExtractor profileExtractor = new ProfileExtractor();
  private final GenericExtractor generic = new GenericExtractor();

  /** Parses {@code html} with {@code pageUrl} as base URI and extracts. */
  public Optional<ExtractedProduct> extract(String html, URI pageUrl, SiteProfile profile) {
    return extract(Jsoup.parse(html, pageUrl.toString()), profile);
  }

  /**
   * Extracts the product described by {@code doc} (whose location must be the page URL).
   *
   * @param profile the site profile for the page's host, or {@code null}
   * @return empty if the page is not recognisably a product page
   */
  public Optional<ExtractedProduct> extract(Document doc, SiteProfile profile) {
    URI location = doc.location().isEmpty() ? null : URI.create(doc.location());
    CurrencyResolver.PageContext ctx = CurrencyResolver.PageContext.of(location, lang(doc));
    List<ProductFields> specific = List.of(
        jsonLd.extract(doc, ctx),
        microdata.extract(doc, ctx),
        openGraph.extract(doc, ctx),
        profileExtractor.extract(doc, profile, ctx));
    if (specific.stream().noneMatch(s -> s.productSignal)) {
      return Optional.empty();
    }
    boolean needPrice = specific.stream().allMatch(s -> s.price == null);
    boolean needBrand = specific.stream().allMatch(s -> s.brand == null);
    List<ProductFields> sources = new java.util.ArrayList<>(specific);
    sources.add(generic.extract(doc, ctx, needPrice, needBrand));
    Map<String, ExtractionMethod> from = new LinkedHashMap<>();
    String title = pick(sources, s -> s.title, "title", from);
    String description = pick(sources, s -> s.description, "description", from);
    String brand = pick(sources, s -> s.brand, "brand", from);
    String seller = pick(sources, s -> s.seller, "seller", from);
    String sku = pick(sources, s -> s.sku, "sku", from);
    Availability availability = pick(sources, s -> s.availability, "availability", from);
    List<String> images = pick(sources, s -> s.images.isEmpty() ? null : s.images, "images", from);
    ProductFields priced = sources.stream().filter(s -> s.price != null).findFirst().orElse(null);
    String currency = null;
    if (priced != null) {
      from.put("price", priced.method);
      currency = priced.currency;
      if (currency != null) {
        from.put("currency", priced.method);
      }
    }
    if (currency == null) {
      currency = pick(sources, s -> s.currency, "currency", from);
    }
    List<ProductFields> canonicalOrder = List.of(sources.get(4), sources.get(2), sources.get(0), sources.get(1),
        sources.get(3));
    String canonical = pick(canonicalOrder, s -> s.canonicalUrl, "canonicalUrl", from);
    ExtractionMethod method = from.values().stream().min(Enum::compareTo).orElse(ExtractionMethod.GENERIC);
    return Optional.of(new ExtractedProduct(title, description, priced == null ? null : priced.price, currency,
        brand, seller, sku, images, canonical, availability, method, from));
  }

  private static <T> T pick(List<ProductFields> sources, Function<ProductFields, T> field, String name,
      Map<String, ExtractionMethod> from) {
    for (ProductFields s : sources) {
      T v = field.apply(s);
      if (v != null) {
        from.put(name, s.method);
        return v;
      }
    }
    return null;
  }

  private static String lang(Document doc) {
    Element html = doc.selectFirst("html");
    return html == null ? null : html.attr("lang");
  }
}
