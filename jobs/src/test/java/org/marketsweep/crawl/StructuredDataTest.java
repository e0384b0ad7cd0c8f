package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shapes of schema.org / OpenGraph data the extractor must understand, and the merge order. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class StructuredDataTest {
  private static final URI PAGE = URI.create("https://shop.example.de/item/42");
  private final ProductExtractor extractor = new ProductExtractor();

  private ExtractedProduct extract(String html) {
    return extractor.extract(html, PAGE, null).orElseThrow(() -> new AssertionError("no product in " + html));
  }

  private static String jsonLd(String json) {
    return "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body></body></html>";
  }

  @Test
  void productInsideGraphWithAggregateOffer() {
    ExtractedProduct p = extract(jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"name\":\"page\"},"
        + "{\"@type\":[\"Product\",\"Thing\"],\"name\":\"  Carved&nbsp;Horn\\n Box \",\"brand\":{\"@type\":\"Brand\",\"name\":\"Acme\"},"
        + "\"image\":[{\"@type\":\"ImageObject\",\"url\":\"/img/1.jpg\"},\"https://cdn.example.de/2.jpg\"],"
        + "\"offers\":{\"@type\":\"AggregateOffer\",\"lowPrice\":\"49.5\",\"highPrice\":\"80\",\"priceCurrency\":\"EUR\","
        + "\"offerCount\":3}}]}"));
    assertEquals("Carved Horn Box", p.title());
    assertEquals("Acme", p.brand());
    assertEquals(new BigDecimal("49.5"), p.price());
    assertEquals("EUR", p.currency());
    assertEquals(List.of("https://shop.example.de/img/1.jpg", "https://cdn.example.de/2.jpg"), p.images());
    assertEquals(ExtractionMethod.JSON_LD, p.method());
  }

  @Test
  void productGroupTakesThePriceOfItsFirstVariant() {
    ExtractedProduct p = extract(jsonLd("[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"ProductGroup\",\"name\":\"Shirt\","
        + "\"hasVariant\":[{\"@type\":\"Product\",\"name\":\"Shirt S\",\"offers\":[{\"@type\":\"Offer\","
        + "\"priceSpecification\":[{\"@type\":\"UnitPriceSpecification\",\"priceType\":\"https://schema.org/ListPrice\","
        + "\"price\":30,\"priceCurrency\":\"GBP\"},{\"@type\":\"UnitPriceSpecification\",\"price\":24.99,"
        + "\"priceCurrency\":\"GBP\"}],\"seller\":{\"@type\":\"Organization\",\"name\":\"Shirt Co\"},"
        + "\"availability\":\"https://schema.org/InStock\"}]}]}]"));
    assertEquals("Shirt", p.title());
    assertEquals(new BigDecimal("24.99"), p.price());
    assertEquals("GBP", p.currency());
    assertEquals("Shirt Co", p.seller());
    assertEquals(Availability.IN_STOCK, p.availability());
  }

  @Test
  void offersArrayWithNumericPriceAndBrokenBlockSkipped() {
    String html = "<html><head><script type=\"application/ld+json\">{ not json </script>"
        + "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Lamp\",\"sku\":\"L-1\","
        + "\"offers\":[{\"@type\":\"Offer\",\"price\":1299.0,\"priceCurrency\":\"USD\"},{\"price\":5}]}</script></head></html>";
    ExtractedProduct p = extract(html);
    assertEquals(0, new BigDecimal("1299").compareTo(p.price()));
    assertEquals("L-1", p.sku());
  }

  @Test
  void microdataWithContentAttributes() {
    ExtractedProduct p = extract("<html><body><div itemscope itemtype=\"https://schema.org/Product\">"
        + "<h1 itemprop=\"name\">Ivory &amp; Bone   Figure</h1>"
        + "<span itemprop=\"brand\" itemscope itemtype=\"https://schema.org/Brand\"><span itemprop=\"name\">Kunst</span></span>"
        + "<p itemprop=\"description\">Old</p><img itemprop=\"image\" src=\"/f.jpg\">"
        + "<div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\">"
        + "<span itemprop=\"price\" content=\"1299.00\">1.299,00 €</span><meta itemprop=\"priceCurrency\" content=\"EUR\">"
        + "</div>"
        + "<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"name\">Great</span></div>"
        + "</div></body></html>");
    assertEquals("Ivory & Bone Figure", p.title());
    assertEquals("Kunst", p.brand());
    assertEquals(new BigDecimal("1299.00"), p.price());
    assertEquals("EUR", p.currency());
    assertEquals(List.of("https://shop.example.de/f.jpg"), p.images());
    assertEquals(ExtractionMethod.MICRODATA, p.method());
  }

  @Test
  void openGraphProductTags() {
    ExtractedProduct p = extract("<html><head><meta property=\"og:type\" content=\"product\">"
        + "<meta property=\"og:title\" content=\"Tiger Skin Rug\"><meta property=\"og:price:amount\" content=\"1,299.99\">"
        + "<meta property=\"product:price:currency\" content=\"USD\"><meta property=\"product:brand\" content=\"Rugs R Us\">"
        + "<meta property=\"og:image\" content=\"//cdn.example.de/rug.jpg\"><meta property=\"og:url\" content=\"/item/42?ref=og\">"
        + "</head><body></body></html>");
    assertEquals("Tiger Skin Rug", p.title());
    assertEquals(new BigDecimal("1299.99"), p.price());
    assertEquals("USD", p.currency());
    assertEquals("Rugs R Us", p.brand());
    assertEquals(List.of("https://cdn.example.de/rug.jpg"), p.images());
    assertEquals("https://shop.example.de/item/42?ref=og", p.canonicalUrl());
    assertEquals(ExtractionMethod.OPEN_GRAPH, p.method());
  }

  @Test
  void mergeOrderJsonLdThenMicrodataThenOpenGraphAndCanonicalLinkFirst() {
    ExtractedProduct p = extract("<html><head><link rel=\"canonical\" href=\"https://shop.example.de/item/42\">"
        + "<meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"OG title\">"
        + "<meta property=\"og:description\" content=\"OG description\"><meta property=\"og:url\" content=\"https://x.example/og\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"LD title\",\"url\":\"https://x.example/ld\"}</script>"
        + "</head><body><div itemscope itemtype=\"http://schema.org/Product\"><span itemprop=\"name\">MD title</span>"
        + "<span itemprop=\"brand\">MD brand</span><meta itemprop=\"price\" content=\"10\"><meta itemprop=\"priceCurrency\" content=\"EUR\">"
        + "</div></body></html>");
    assertEquals("LD title", p.title());
    assertEquals("MD brand", p.brand());
    assertEquals(new BigDecimal("10"), p.price());
    assertEquals("OG description", p.description());
    assertEquals("https://shop.example.de/item/42", p.canonicalUrl());
    assertEquals(ExtractionMethod.JSON_LD, p.fieldSources().get("title"));
    assertEquals(ExtractionMethod.MICRODATA, p.fieldSources().get("price"));
    assertEquals(ExtractionMethod.OPEN_GRAPH, p.fieldSources().get("description"));
    assertEquals(ExtractionMethod.GENERIC, p.fieldSources().get("canonicalUrl"));
  }

  @Test
  void profileSelectorsApplyWhenThereIsNoStructuredData() {
    SiteProfile profile = SiteProfile.fromYaml("name: test\nhosts: [example.de]\nfields:\n"
        + "  title: ['#name']\n  price: ['.nope', '.price']\n  brand:\n    - selector: '.by'\n      pattern: 'von (.+)'\n",
        "test.yaml");
    ExtractedProduct p = extractor.extract("<html><head><title>Shop | Horn</title></head><body>"
        + "<span id=\"name\"> Rhino  horn </span><span class=\"price\">1.299,00 €</span><span class=\"by\">von Meier</span>"
        + "</body></html>", PAGE, profile).orElseThrow();
    assertEquals("Rhino horn", p.title());
    assertEquals(new BigDecimal("1299.00"), p.price());
    assertEquals("EUR", p.currency());
    assertEquals("Meier", p.brand());
    assertEquals(ExtractionMethod.PROFILE, p.method());
  }

  @Test
  void pagesWithoutProductSignalsAreNotProducts() {
    assertTrue(extractor.extract("<html><head><title>Category</title><meta name=\"description\" content=\"x\">"
        + "</head><body><h1>Lamps</h1><span class=\"price\">$10</span></body></html>", PAGE, null).isEmpty());
  }

  @Test
  void markupInsideJsonLdTextIsStripped() {
    ExtractedProduct p = extract(jsonLd("{\"@type\":\"Product\",\"name\":\"Lamp &amp;amp; Shade\","
        + "\"description\":\"Bright.<br/><br/>Reasons: <b>1.</b> cheap &lt; 10 cm\"}"));
    assertEquals("Lamp & Shade", p.title());
    assertEquals("Bright. Reasons: 1. cheap < 10 cm", p.description());
  }

  @Test
  void emptyPriceObjectGivesNoPrice() {
    ExtractedProduct p = extract(jsonLd("{\"@type\":\"Product\",\"name\":\"X\",\"offers\":{\"price\":{},\"priceCurrency\":\"USD\"}}"));
    assertNull(p.price());
    assertEquals("USD", p.currency());
  }
}
