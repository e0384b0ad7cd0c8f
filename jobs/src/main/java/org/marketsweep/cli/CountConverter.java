package org.marketsweep.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads a count such as {@code 1000}, {@code 10k} or {@code 1M}. */
final class CountConverter implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "");
    long unit = v.endsWith("k") ? 1_000 : v.endsWith("m") ? 1_000_000 : 1;
    String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
    try {
      long n = Long.parseLong(digits) * unit;
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("Not a count (like 5000, 10k, 1M): \""
          + value + "\"");
    }
  }
}
