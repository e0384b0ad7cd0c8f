package org.marketsweep.crawl;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses prices as written by people ("$1,299.99", "1.299,99 €", "£24.99", "USD 12", "1 299,50 zł")
 * or by machines (schema.org "1299.99"), deciding the decimal separator from the digits themselves.
 */
final class PriceParser {
  private static final Pattern MACHINE = Pattern.compile("[+]?\\d+(\\.\\d+)?");
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(?:[.,'\u00A0\u202F ]\\d{2})*(?:[.,'\u00A0\u202F ]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)"
          + "|\\d+(?:[.,]\\d+)?");

  private PriceParser() {}

  /** A parsed amount with the ISO currency found next to it, if any. */
  record ParsedPrice(BigDecimal amount, String currency) {}

  /** Parses a structured-data price: plain "123.45" first, human formats as a fallback. */
  static Optional<ParsedPrice> parseStructured(String raw, CurrencyResolver.PageContext context) {
    String s = Text.normalize(raw);
    if (s == null) {
      return Optional.empty();
    }
    if (MACHINE.matcher(s).matches()) {
      return Optional.of(new ParsedPrice(new BigDecimal(s.startsWith("+") ? s.substring(1) : s), null));
    }
    return parse(s, context);
  }

  /** Parses the first amount in a human-written price text; empty if there is no digit. */
  static Optional<ParsedPrice> parse(String raw, CurrencyResolver.PageContext context) {
    String s = Text.normalize(raw);
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal amount = toDecimal(m.group());
    if (amount == null) {
      return Optional.empty();
    }
    return Optional.of(new ParsedPrice(amount, CurrencyResolver.findIn(s, context)));
  }

  /** Human number → decimal: the last '.' or ',' followed by 1–2 digits is the decimal separator. */
  static BigDecimal toDecimal(String number) {
    String n = number.replaceAll("['\u00A0\u202F ]", "");
    int lastDot = n.lastIndexOf('.');
    int lastComma = n.lastIndexOf(',');
    int sep = Math.max(lastDot, lastComma);
    String digits;
    if (sep < 0) {
      digits = n;
    } else {
      char sepChar = n.charAt(sep);
      int decimals = n.length() - sep - 1;
      boolean repeated = n.indexOf(sepChar) != sep;
      boolean bothKinds = lastDot >= 0 && lastComma >= 0;
      boolean isDecimal = bothKinds || (!repeated && decimals != 3);
      if (isDecimal) {
        digits = n.substring(0, sep).replaceAll("[.,]", "") + "." + n.substring(sep + 1);
      } else {
        digits = n.replaceAll("[.,]", "");
      }
    }
    if (digits.isEmpty() || digits.equals(".")) {
      return null;
    }
    return new BigDecimal(digits);
  }
}
