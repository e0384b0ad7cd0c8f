package org.marketsweep.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PriceParserTest {
  private static final CurrencyResolver.PageContext US = CurrencyResolver.PageContext.NONE;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$1,299.99|1299.99|USD",
      "1.299,99 €|1299.99|EUR",
      "£24.99|24.99|GBP",
      "USD 12|12|USD",
      "EUR 1 299,50|1299.50|EUR",
      "1'299.50 CHF|1299.50|CHF",
      "Price: $165.95|165.95|USD",
      "¥1,200|1200|JPY",
      "R$ 49,90|49.90|BRL",
      "US$ 5.00|5.00|USD",
      "12,5 zł|12.5|PLN",
      "€ 1.299|1299|EUR",
      "1,299|1299|",
      "12.99|12.99|",
      "₹ 2,49,999|249999|INR",
  })
  void parsesHumanPrices(String text, String amount, String currency) {
    var p = PriceParser.parse(text, US).orElseThrow();
    assertEquals(new BigDecimal(amount), p.amount(), text);
    assertEquals(currency, p.currency(), text);
  }

  @Test
  void structuredPricesUseTheDotAsDecimalSeparator() {
    assertEquals(new BigDecimal("150.000"), PriceParser.parseStructured("150.000", US).orElseThrow().amount());
    assertEquals(new BigDecimal("1299.99"), PriceParser.parseStructured("1.299,99", US).orElseThrow().amount());
    assertTrue(PriceParser.parseStructured("", US).isEmpty());
    assertTrue(PriceParser.parse("call for price", US).isEmpty());
  }

  @Test
  void dollarAndKronaDependOnThePage() {
    var ca = CurrencyResolver.PageContext.of(URI.create("https://www.amazon.ca/dp/1"), "en-ca");
    assertEquals("CAD", PriceParser.parse("$12.00", ca).orElseThrow().currency());
    var au = CurrencyResolver.PageContext.of(URI.create("https://shop.example.com/x"), "en-AU");
    assertEquals("AUD", PriceParser.parse("$12.00", au).orElseThrow().currency());
    var se = CurrencyResolver.PageContext.of(URI.create("https://www.blocket.se/annons/1"), "sv");
    assertEquals("SEK", PriceParser.parse("1 200 kr", se).orElseThrow().currency());
    var dk = CurrencyResolver.PageContext.of(URI.create("https://www.dba.dk/x"), "da");
    assertEquals("DKK", PriceParser.parse("1.200 kr.", dk).orElseThrow().currency());
    var cn = CurrencyResolver.PageContext.of(URI.create("https://item.taobao.com/x"), "zh-CN");
    assertEquals("CNY", PriceParser.parse("¥99", cn).orElseThrow().currency());
    assertEquals("USD", CurrencyResolver.resolve("usd", US));
    assertEquals("GBP", CurrencyResolver.resolve("£", US));
  }
}
