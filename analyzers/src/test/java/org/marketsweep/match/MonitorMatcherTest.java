package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketsweep.lists.KeywordLists;

public class MonitorMatcherTest {
  private static MonitorMatcher matcher;

  public static Path testLists() throws URISyntaxException {
    return Path.of(MonitorMatcherTest.class.getResource("/lists").toURI());
  }

  @BeforeAll
  static void build() throws URISyntaxException {
    KeywordLists.Loaded loaded = KeywordLists.load(testLists());
    assertEquals(List.of(), loaded.problems());
    MonitorMatcher.Build build = MonitorMatcher.build(loaded.rules());
    assertEquals(List.of(), build.problems());
    matcher = build.matcher();
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  private static List<String> ruleIds(String title) {
    return matcher.match(ListingText.of(title)).matches().stream()
        .map(m -> m.rule().id()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Carved 1vory elephant", "I V O R Y tusk", "i.v.o.r.y bangle", "ivorrry figurine",
      "iv\u043Ery statue", "i\uD83D\uDC18vory bracelet", "IVÖRY netsuke", "m@rfil tallado",
      "Statuette en ivoire", "Rzeźba kość słoniowa", "Figura de marfil antigua"})
  void obfuscatedAndMultilingualIvoryIsCaught(String title) {
    assertTrue(ruleIds(title).contains("t-ivory"), title + " -> " + ruleIds(title));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Port Replicator for Dell Latitude", "ivory-coloured dress",
      "Rhino 3D software licence", "1:1 Drive Duplicator 4-bay", "Rhino 7 for Windows"})
  void hardNegativesStayHarmless(String title) {
    assertEquals(List.of(), ruleIds(title), title);
  }

  @Test
  void reportsTermsAsWrittenAndASnippet() {
    RuleMatch m = matcher.match(ListingText.of("Very rare R-O-L-E-X Daytona r3plica, 1:1"))
        .matches().stream().filter(x -> x.rule().id().equals("t-rolex-replica")).findFirst()
        .orElseThrow();
    assertEquals(List.of("R-O-L-E-X", "r3plica", "1:1"), m.matchedTerms());
    assertEquals("Very rare [[R-O-L-E-X]] Daytona [[r3plica]], [[1:1]]", m.snippet());
    assertEquals("2.1.0", m.rule().listVersion());
    assertEquals(0.84, m.score(), 1e-9);
  }

  @Test
  void priceConditionIsTested() {
    ListingText cheap = new ListingText("Rolex Submariner black", null, "en",
        new BigDecimal("99.00"), "EUR", "Watches", "m1");
    ListingText dear = new ListingText("Rolex Submariner black", null, "en",
        new BigDecimal("9900.00"), "EUR", "Watches", "m1");
    assertTrue(matcher.match(cheap).matches().stream()
        .anyMatch(m -> m.rule().id().equals("t-watch-price")));
    assertTrue(matcher.match(dear).matches().isEmpty());
  }

  @Test
  void plainTextListLinesArePhrases() {
    assertTrue(ruleIds("Set of 216 NEODYMIUM magnet balls 5mm").contains("test-unsafe-terms-l4"));
    assertEquals(List.of(), ruleIds("magnet balls neodymium"));
  }

  @Test
  void usesTheGivenLanguageOrDetectsOne() {
    assertEquals("fr", matcher.match(new ListingText("x", null, "fr-BE", null, null, null, null))
        .language());
    assertEquals("de", matcher.match(ListingText.of(
        "Wunderschöne alte Schnitzerei aus Holz, sehr guter Zustand, mit Sockel")).language());
    assertEquals("und", matcher.match(ListingText.of("XPS 13 9310 i7")).language());
  }
}
