package org.marketsweep.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How a marketplace's feed maps onto the listing contract: its own column names, timestamp
 * formats and zone, decimal separator, charset and defaults. The identity mapping reads feeds
 * that already use the contract's names. Loaded from a YAML file:
 *
 * <pre>
 * columns:            # contract field: feed column
 *   listing_id: sku
 *   title: name
 *   price: price_eur
 * timestamp_formats: ["dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm:ss"]
 * timezone: Europe/Paris   # for timestamps without an offset; default UTC
 * decimal_separator: ","   # default "."
 * default_currency: EUR
 * charset: windows-1252    # CSV only; default UTF-8
 * delimiter: ";"           # CSV only; default ","
 * default_observed_at: snapshot_date   # for exports without a time: the ingest date, 00:00 UTC
 * </pre>
 */
public record FeedMapping(
    Map<String, String> columns,
    List<String> timestampFormats,
    String timezone,
    char decimalSeparator,
    String defaultCurrency,
    String defaultMarketplace,
    String charset,
    char delimiter,
    int maxTitleChars,
    int maxDescriptionChars,
    String defaultObservedAt) implements Serializable {

  /** Value of {@code default_observed_at} that stands for the snapshot (ingest) date. */
  public static final String SNAPSHOT_DATE = "snapshot_date";

  public static final int DEFAULT_MAX_TITLE_CHARS = 2_000;
  public static final int DEFAULT_MAX_DESCRIPTION_CHARS = 100_000;
  static final Set<String> FIELDS = Set.of("marketplace", "listing_id", "url", "title",
      "description", "price", "currency", "seller_id", "category", "language", "observed_at",
      "status");
  private static final Set<String> KEYS = Set.of("columns", "timestamp_formats", "timezone",
      "decimal_separator", "default_currency", "default_marketplace", "charset", "delimiter",
      "max_title_chars", "max_description_chars", "default_observed_at");

  public FeedMapping {
    columns = Map.copyOf(columns);
    timestampFormats = List.copyOf(timestampFormats);
    for (String field : columns.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("Unknown listing field in mapping: \"" + field
            + "\" (fields: " + FIELDS + ")");
      }
    }
    for (String format : timestampFormats) {
      DateTimeFormatter.ofPattern(format);
    }
    ZoneId.of(timezone);
    Charset.forName(charset);
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException("decimal_separator must be \".\" or \",\", got \""
          + decimalSeparator + "\"");
    }
  }

  /** Contract names, ISO timestamps in UTC, "." decimals, UTF-8, comma-separated. */
  public static FeedMapping identity() {
    return new FeedMapping(Map.of(), List.of(), "UTC", '.', null, null, "UTF-8", ',',
        DEFAULT_MAX_TITLE_CHARS, DEFAULT_MAX_DESCRIPTION_CHARS, null);
  }

  /** The feed column holding a contract field. */
  public String column(String field) {
    return columns.getOrDefault(field, field);
  }

  public FeedMapping withDefaultMarketplace(String marketplace) {
    return new FeedMapping(columns, timestampFormats, timezone, decimalSeparator,
        defaultCurrency, marketplace, charset, delimiter, maxTitleChars, maxDescriptionChars,
        defaultObservedAt);
  }

  /** Resolves {@code default_observed_at: snapshot_date} to the start of {@code date} (UTC). */
  public FeedMapping withSnapshotDate(java.time.LocalDate date) {
    return SNAPSHOT_DATE.equals(defaultObservedAt)
        ? new FeedMapping(columns, timestampFormats, timezone, decimalSeparator,
            defaultCurrency, defaultMarketplace, charset, delimiter, maxTitleChars,
            maxDescriptionChars, date.atStartOfDay() + ":00Z")
        : this;
  }

  public FeedMapping withCharset(String newCharset) {
    return new FeedMapping(columns, timestampFormats, timezone, decimalSeparator,
        defaultCurrency, defaultMarketplace, newCharset, delimiter, maxTitleChars,
        maxDescriptionChars, defaultObservedAt);
  }

  /** Loads a mapping file; errors name the file and the key. */
  @SuppressWarnings("unchecked")
  public static FeedMapping load(Path file) throws IOException {
    Map<String, Object> yaml;
    try (Reader reader = Files.newBufferedReader(file)) {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      yaml = loaded == null ? Map.of() : (Map<String, Object>) loaded;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read mapping " + file + ": " + e.getMessage(),
          e);
    }
    for (String key : yaml.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("Mapping " + file + ": unknown key \"" + key
            + "\" (keys: " + KEYS + ")");
      }
    }
    try {
      Map<String, String> columns = new LinkedHashMap<>();
      ((Map<String, Object>) yaml.getOrDefault("columns", Map.of()))
          .forEach((k, v) -> columns.put(k, String.valueOf(v)));
      return new FeedMapping(columns,
          ((List<Object>) yaml.getOrDefault("timestamp_formats", List.of())).stream()
              .map(String::valueOf).toList(),
          String.valueOf(yaml.getOrDefault("timezone", "UTC")),
          String.valueOf(yaml.getOrDefault("decimal_separator", ".")).charAt(0),
          (String) yaml.get("default_currency"), (String) yaml.get("default_marketplace"),
          String.valueOf(yaml.getOrDefault("charset", "UTF-8")),
          String.valueOf(yaml.getOrDefault("delimiter", ",")).charAt(0),
          ((Number) yaml.getOrDefault("max_title_chars", DEFAULT_MAX_TITLE_CHARS)).intValue(),
          ((Number) yaml.getOrDefault("max_description_chars", DEFAULT_MAX_DESCRIPTION_CHARS))
              .intValue(),
          yaml.get("default_observed_at") == null ? null
              : String.valueOf(yaml.get("default_observed_at")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Mapping " + file + ": " + e.getMessage(), e);
    }
  }
}
