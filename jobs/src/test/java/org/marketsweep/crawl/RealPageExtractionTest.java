package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact extraction on the 10 real pages against what each page states (expected.json). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RealPageExtractionTest {
  private static final ProductExtractor EXTRACTOR = new ProductExtractor();
  private static final SiteProfiles PROFILES = SiteProfiles.builtIn();

  static List<Fixtures.Expected> pages() {
    return Fixtures.expected();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsWhatThePageStates(Fixtures.Expected e) {
    URI url = URI.create(e.url());
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(Fixtures.page(e.file()), "text/html");
    Document doc = Jsoup.parse(decoded.text(), e.url());
    var product = EXTRACTOR.extract(doc, PROFILES.forHost(url.getHost()));
    assertTrue(product.isPresent(), "no product extracted from " + e.file());
    ExtractedProduct p = product.get();
    assertAll(
        () -> assertEquals(e.title(), p.title(), "title"),
        () -> assertEquals(e.price() == null ? null : new BigDecimal(e.price()), p.price(), "price"),
        () -> assertEquals(e.currency(), p.currency(), "currency"),
        () -> assertEquals(e.brand(), p.brand(), "brand"),
        () -> assertEquals(e.canonical(), p.canonicalUrl(), "canonical"),
        () -> assertEquals(e.removed(), new RemovalDetector().removedByContent(doc, RemovalRules.DEFAULT).isPresent(),
            "removed"));
  }
}
