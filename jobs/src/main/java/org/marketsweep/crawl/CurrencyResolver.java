package org.marketsweep.crawl;

import java.net.URI;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps currency symbols and codes to ISO 4217 codes, using the page's context (host country-code
 * TLD, {@code <html lang>}) to resolve ambiguous symbols such as {@code $}, {@code ¥} and {@code kr}.
 */
final class CurrencyResolver {
  private static final Set<String> ISO_CODES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  /** Unambiguous symbols, longest first so "US$" wins over "$". */
  private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

  static {
    SYMBOLS.put("US$", "USD");
    SYMBOLS.put("U$S", "USD");
    SYMBOLS.put("CA$", "CAD");
    SYMBOLS.put("AU$", "AUD");
    SYMBOLS.put("NZ$", "NZD");
    SYMBOLS.put("HK$", "HKD");
    SYMBOLS.put("MX$", "MXN");
    SYMBOLS.put("R$", "BRL");
    SYMBOLS.put("C$", "CAD");
    SYMBOLS.put("A$", "AUD");
    SYMBOLS.put("S$", "SGD");
    SYMBOLS.put("£", "GBP");
    SYMBOLS.put("€", "EUR");
    SYMBOLS.put("₹", "INR");
    SYMBOLS.put("₩", "KRW");
    SYMBOLS.put("₽", "RUB");
    SYMBOLS.put("₺", "TRY");
    SYMBOLS.put("₪", "ILS");
    SYMBOLS.put("₫", "VND");
    SYMBOLS.put("฿", "THB");
    SYMBOLS.put("₱", "PHP");
    SYMBOLS.put("₴", "UAH");
    SYMBOLS.put("zł", "PLN");
    SYMBOLS.put("Kč", "CZK");
    SYMBOLS.put("Ft", "HUF");
    SYMBOLS.put("lei", "RON");
    SYMBOLS.put("Fr.", "CHF");
    SYMBOLS.put("руб", "RUB");
  }

  private static final Map<String, String> DOLLAR_BY_COUNTRY = Map.of(
      "ca", "CAD", "au", "AUD", "nz", "NZD", "mx", "MXN", "sg", "SGD", "hk", "HKD", "ar", "ARS", "cl", "CLP",
      "tw", "TWD");
  private static final Map<String, String> KRONA_BY_COUNTRY = Map.of("se", "SEK", "no", "NOK", "dk", "DKK", "is", "ISK");

  private CurrencyResolver() {}

  /** True if {@code code} (any case) is an ISO 4217 code known to the JDK. */
  static boolean isIsoCode(String code) {
    return code != null && ISO_CODES.contains(code.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Resolves a currency given as an ISO code or a symbol; {@code null} if unknown.
   *
   * @param context page URL and language, used for ambiguous symbols
   */
  static String resolve(String raw, PageContext context) {
    String s = Text.normalize(raw);
    if (s == null) {
      return null;
    }
    if (isIsoCode(s)) {
      return s.toUpperCase(Locale.ROOT);
    }
    String symbol = findSymbol(s, context);
    return symbol;
  }

  /** Finds a currency symbol or ISO code anywhere in a price text such as "1.299,99 €" or "USD 12". */
  static String findIn(String text, PageContext context) {
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])").matcher(text);
    while (m.find()) {
      if (ISO_CODES.contains(m.group(1))) {
        return m.group(1);
      }
    }
    return findSymbol(text, context);
  }

  private static String findSymbol(String s, PageContext context) {
    for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
      if (s.contains(e.getKey())) {
        return e.getValue();
      }
    }
    String country = context == null ? null : context.country();
    String lang = context == null ? null : context.language();
    if (s.contains("$") || s.contains("＄")) {
      return country != null && DOLLAR_BY_COUNTRY.containsKey(country) ? DOLLAR_BY_COUNTRY.get(country) : "USD";
    }
    if (s.contains("¥") || s.contains("￥") || s.contains("円") || s.contains("元")) {
      if (s.contains("元") || "cn".equals(country) || "zh".equals(lang)) {
        return "CNY";
      }
      return "JPY";
    }
    if (s.matches("(?i).*(?<![a-z])kr\\.?(?![a-z]).*")) {
      return country != null && KRONA_BY_COUNTRY.containsKey(country) ? KRONA_BY_COUNTRY.get(country) : null;
    }
    if (s.matches(".*(?<![A-Za-z])CHF(?![A-Za-z]).*")) {
      return "CHF";
    }
    return null;
  }

  /** Where a page lives: used only to disambiguate symbols. */
  record PageContext(String country, String language) {
    static final PageContext NONE = new PageContext(null, null);

    /**
     * Country from the host's country-code TLD (amazon.co.uk → "uk" → mapped to "gb" not needed
     * here) or from the region of {@code lang} ("en-CA" → "ca"); language from {@code lang}.
     */
    static PageContext of(URI pageUrl, String htmlLang) {
      String country = null;
      String language = null;
      if (htmlLang != null && !htmlLang.isBlank()) {
        String[] parts = htmlLang.trim().toLowerCase(Locale.ROOT).split("[-_]");
        language = parts[0];
        if (parts.length > 1 && parts[1].length() == 2) {
          country = parts[1];
        }
      }
      if (pageUrl != null && pageUrl.getHost() != null) {
        String host = pageUrl.getHost().toLowerCase(Locale.ROOT);
        int dot = host.lastIndexOf('.');
        String tld = dot >= 0 ? host.substring(dot + 1) : host;
        if (tld.length() == 2 && !"io".equals(tld) && !"co".equals(tld) && !"me".equals(tld) && !"tv".equals(tld)) {
          country = tld;
        }
      }
      return new PageContext(country, language);
    }
  }
}
