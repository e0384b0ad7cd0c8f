package org.marketsweep.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one feed row (JSON object, CSV record or Parquet row, seen through a field lookup)
 * into a {@link ListingRecord}, or says which field breaks the contract and why.
 */
public final class ListingParser implements RowParser<ListingRecord> {
  private static final long serialVersionUID = 1L;
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern LANGUAGE =
      Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
  private static final Pattern PRICE_DECORATION = Pattern.compile("[\\s$€£¥\u00a0]");
  private static final int MAX_ID_CHARS = 512;
  /** What readers decode undecodable bytes to (a noncharacter, never in real text). */
  public static final char INVALID_BYTES = '\uFFFF';

  private final FeedMapping mapping;
  private transient LastTimestamp lastTimestamp;

  public ListingParser(FeedMapping mapping) {
    this.mapping = mapping;
  }

  public FeedMapping mapping() {
    return mapping;
  }

  /** Parses a row whose fields {@code field} looks up by feed column name. */
  @Override
  public ListingRecord parse(Function<String, Object> field) throws InvalidFieldException {
    String marketplace = text(field, "marketplace");
    if (marketplace == null) {
      marketplace = mapping.defaultMarketplace();
    }
    String listingId = required(field, "listing_id");
    String title = required(field, "title");
    String description = text(field, "description");
    check("listing_id", listingId, MAX_ID_CHARS);
    check("title", title, mapping.maxTitleChars());
    check("description", description, mapping.maxDescriptionChars());
    if (marketplace == null) {
      throw new InvalidFieldException("marketplace", "marketplace is missing (no column \""
          + mapping.column("marketplace") + "\" and no default marketplace)");
    }
    String currency = upper(text(field, "currency"));
    if (currency == null) {
      currency = mapping.defaultCurrency();
    }
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      throw new InvalidFieldException("currency", "currency is not an ISO 4217 code: \""
          + currency + "\"");
    }
    String language = text(field, "language");
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new InvalidFieldException("language", "language is not a BCP-47 tag: \""
          + language + "\"");
    }
    return new ListingRecord(marketplace, listingId, text(field, "url"), title, description,
        price(field.apply(mapping.column("price"))), currency, text(field, "seller_id"),
        text(field, "category"), language, observedAt(field), status(field));
  }

  private String text(Function<String, Object> field, String name) {
    Object value = field.apply(mapping.column(name));
    if (value == null) {
      return null;
    }
    String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private String required(Function<String, Object> field, String name)
      throws InvalidFieldException {
    String value = text(field, name);
    if (value == null) {
      throw new InvalidFieldException(name, name + " is missing or empty (column \""
          + mapping.column(name) + "\")");
    }
    return value;
  }

  private static void check(String name, String value, int max) throws InvalidFieldException {
    if (value != null && value.length() > max) {
      throw new InvalidFieldException(name, name + " is " + value.length()
          + " characters long; the limit is " + max);
    }
    if (value != null && value.indexOf(INVALID_BYTES) >= 0) {
      throw new InvalidFieldException(name, name + " holds bytes that are not valid in the"
          + " input's charset: \"" + abbreviate(value.replace(INVALID_BYTES, '\uFFFD'))
          + "\"");
    }
  }

  private BigDecimal price(Object value) throws InvalidFieldException {
    if (value == null) {
      return null;
    }
    BigDecimal price;
    if (value instanceof BigDecimal d) {
      price = d;
    } else if (value instanceof Number n) {
      price = new BigDecimal(n.toString());
    } else {
      String s = PRICE_DECORATION.matcher(value.toString()).replaceAll("");
      if (s.isEmpty()) {
        return null;
      }
      s = mapping.decimalSeparator() == ',' ? s.replace(".", "").replace(',', '.')
          : s.replace(",", "");
      try {
        price = new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw new InvalidFieldException("price", "price is not a number: \"" + value + "\"");
      }
    }
    price = price.setScale(2, RoundingMode.HALF_UP);
    if (price.signum() < 0 || price.precision() > 18) {
      throw new InvalidFieldException("price", "price is out of range (0 to 10^16): \""
          + value + "\"");
    }
    return price;
  }

  private LocalDateTime observedAt(Function<String, Object> field)
      throws InvalidFieldException {
    Object value = field.apply(mapping.column("observed_at"));
    if ((value == null || value.toString().isBlank()) && mapping.defaultObservedAt() != null
        && !FeedMapping.SNAPSHOT_DATE.equals(mapping.defaultObservedAt())) {
      value = mapping.defaultObservedAt();
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidFieldException("observed_at", "observed_at is missing (column \""
          + mapping.column("observed_at") + "\")");
    }
    LocalDateTime parsed = timestamp(value);
    if (parsed == null) {
      throw new InvalidFieldException("observed_at", "observed_at is not a timestamp: \""
          + value + "\" (ISO-8601 like 2026-11-01T08:30:00Z"
          + (mapping.timestampFormats().isEmpty() ? "" : " or " + mapping.timestampFormats())
          + ")");
    }
    return parsed;
  }

  /** A UTC wall-clock time, or null when {@code value} is not a timestamp. */
  LocalDateTime timestamp(Object value) {
    if (value instanceof String text) {
      // rows of a feed often share their time (one export, one crawl); parsing costs more
      LastTimestamp last = lastTimestamp;
      if (last != null && last.text().equals(text)) {
        return last.time();
      }
      LocalDateTime time = parseTimestamp(text);
      lastTimestamp = new LastTimestamp(text, time);
      return time;
    }
    return parseTimestamp(value);
  }

  /** The text and time of the latest timestamp read (immutable, so safe to share). */
  private record LastTimestamp(String text, LocalDateTime time) {}

  private LocalDateTime parseTimestamp(Object value) {
    ZoneId zone = ZoneId.of(mapping.timezone());
    if (value instanceof LocalDateTime t) {
      return t;
    }
    if (value instanceof Timestamp t) {
      return LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
    }
    if (value instanceof Instant t) {
      return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
    if (value instanceof Number n) {
      long v = n.longValue();
      Instant instant = Math.abs(v) < 100_000_000_000L ? Instant.ofEpochSecond(v)
          : Instant.ofEpochMilli(v);
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    String s = value.toString().strip();
    try {
      return LocalDateTime.ofInstant(OffsetDateTime.parse(s).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not an ISO time with offset: try the forms below
    }
    try {
      return utc(LocalDateTime.parse(s.replace(' ', 'T')), zone);
    } catch (DateTimeParseException e) {
      // not an ISO local time
    }
    try {
      return utc(LocalDate.parse(s).atStartOfDay(), zone);
    } catch (DateTimeParseException e) {
      // not an ISO date
    }
    for (String format : mapping.timestampFormats()) {
      try {
        return utc(LocalDateTime.parse(s, DateTimeFormatter.ofPattern(format, Locale.ROOT)),
            zone);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
    return LocalDateTime.ofInstant(local.atZone(zone).toInstant(), ZoneOffset.UTC);
  }

  private String status(Function<String, Object> field) throws InvalidFieldException {
    String status = text(field, "status");
    if (status == null) {
      return ListingRecord.ACTIVE;
    }
    status = status.toLowerCase(Locale.ROOT);
    if (!status.equals(ListingRecord.ACTIVE) && !status.equals(ListingRecord.REMOVED)) {
      throw new InvalidFieldException("status", "status must be \"active\" or \"removed\": \""
          + status + "\"");
    }
    return status;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  /** A value as an error message shows it: its first 80 characters. */
  public static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
