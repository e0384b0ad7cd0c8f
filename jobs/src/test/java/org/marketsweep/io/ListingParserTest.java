package org.marketsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingParserTest {
  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void mapsFeedColumnsFormatsAndDecimalComma() throws Exception {
    FeedMapping mapping = new FeedMapping(Map.of("listing_id", "sku", "title", "name",
        "observed_at", "seen"), List.of("dd/MM/yyyy HH:mm"), "Europe/Paris", ',', "EUR",
        "shop", "UTF-8", ';', 2000, 100_000, null);
    ListingRecord r = new ListingParser(mapping).parse(row("sku", "A1", "name", "Montre",
        "price", "1.299,50 €", "seen", "01/11/2026 10:30")::get);
    assertEquals("shop", r.marketplace());
    assertEquals(new BigDecimal("1299.50"), r.price());
    assertEquals("EUR", r.currency());
    assertEquals(LocalDateTime.parse("2026-11-01T09:30"), r.observedAt());
  }

  @Test
  void badValuesNameTheFieldAndTheValue() {
    ListingParser p = new ListingParser(FeedMapping.identity().withDefaultMarketplace("m"));
    InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> p.parse(row(
        "listing_id", "1", "title", "t", "observed_at", "2026-11-01T00:00:00Z", "currency",
        "euro")::get));
    assertEquals("currency", e.field());
    assertEquals("currency is not an ISO 4217 code: \"EURO\"", e.getMessage());
    e = assertThrows(InvalidFieldException.class, () -> p.parse(row("listing_id", "1",
        "title", "t", "observed_at", "2026-11-01T00:00:00Z", "price", "-3")::get));
    assertEquals("price", e.field());
  }

  @Test
  void epochSecondsAndMillisAreUtc() throws Exception {
    ListingParser p = new ListingParser(FeedMapping.identity().withDefaultMarketplace("m"));
    LocalDateTime expected = LocalDateTime.parse("2026-11-01T00:00:00");
    assertEquals(expected, p.parse(row("listing_id", "1", "title", "t", "observed_at",
        1793491200L)::get).observedAt());
    assertEquals(expected, p.parse(row("listing_id", "1", "title", "t", "observed_at",
        1793491200000L)::get).observedAt());
  }

  @Test
  void mappingFileErrorsNameTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FeedMapping(Map.of("colour", "c"), List.of(), "UTC", '.', null, null,
            "UTF-8", ',', 10, 10, null));
    assertEquals("Unknown listing field in mapping: \"colour\" (fields: "
        + FeedMapping.FIELDS + ")", e.getMessage());
  }
}
