package org.marketsweep.io;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The three event inputs of the lifecycle: notices received about listings, explicit removal
 * events, and reviewer decisions. Each kind has a contract (schema, required fields, allowed
 * values) and a parser that turns one input row into a Spark row of that schema or says which
 * field breaks it. Timestamps are read like {@code observed_at} (ISO-8601 with offset, or UTC).
 */
public enum EventKind {
  NOTICES("notices", new StructType()
      .add("notice_id", DataTypes.StringType, false)
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("flagger_id", DataTypes.StringType, true)
      .add("category", DataTypes.StringType, true)
      .add("received_at", DataTypes.TimestampNTZType, false)),
  REMOVALS("removals", new StructType()
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("removed_at", DataTypes.TimestampNTZType, false)
      .add("reason", DataTypes.StringType, true)),
  DECISIONS("decisions", new StructType()
      .add("marketplace", DataTypes.StringType, false)
      .add("listing_id", DataTypes.StringType, false)
      .add("rule_id", DataTypes.StringType, true)
      .add("decision", DataTypes.StringType, false)
      .add("decided_at", DataTypes.TimestampNTZType, false));

  /** Who notified: the notice sources of the DSA indicators. */
  public static final List<String> SOURCES =
      List.of("trusted_flagger", "authority", "user", "proactive");
  /** Reviewer decisions. */
  public static final List<String> DECISION_VALUES =
      List.of("confirmed", "rejected", "reinstated_after_counter_notice");

  private final String table;
  private final StructType schema;

  EventKind(String table, StructType schema) {
    this.table = table;
    this.schema = schema;
  }

  /** The warehouse folder of this kind, e.g. {@code notices}. */
  public String table() {
    return table;
  }

  public StructType schema() {
    return schema;
  }

  /** The time column that says when the event happened. */
  public String timeColumn() {
    return switch (this) {
      case NOTICES -> "received_at";
      case REMOVALS -> "removed_at";
      case DECISIONS -> "decided_at";
    };
  }

  /** A parser of one input row of this kind. */
  public RowParser<Row> parser() {
    EventKind kind = this;
    ListingParser timestamps = new ListingParser(FeedMapping.identity());
    return field -> kind.parse(field, timestamps);
  }

  private Row parse(Function<String, Object> field, ListingParser timestamps)
      throws InvalidFieldException {
    Object[] values = new Object[schema.size()];
    for (int i = 0; i < values.length; i++) {
      var f = schema.fields()[i];
      Object raw = field.apply(f.name());
      String text = raw == null ? null : raw.toString().strip();
      if (text != null && text.isEmpty()) {
        text = null;
      }
      if (text == null) {
        if (!f.nullable()) {
          throw new InvalidFieldException(f.name(), f.name() + " is missing or empty");
        }
        continue;
      }
      if (text.indexOf(ListingParser.INVALID_BYTES) >= 0) {
        throw new InvalidFieldException(f.name(), f.name()
            + " holds bytes that are not valid in the input's charset");
      }
      if (f.dataType() == DataTypes.TimestampNTZType) {
        LocalDateTime t = timestamps.timestamp(raw);
        if (t == null) {
          throw new InvalidFieldException(f.name(), f.name() + " is not a timestamp: \""
              + text + "\" (ISO-8601 like 2026-11-01T08:30:00Z)");
        }
        values[i] = t;
      } else {
        values[i] = normalise(f.name(), text);
      }
    }
    return RowFactory.create(values);
  }

  private static String normalise(String name, String text) throws InvalidFieldException {
    switch (name) {
      case "source" -> {
        String s = code(text);
        if (!SOURCES.contains(s)) {
          throw new InvalidFieldException(name, "source must be one of " + SOURCES + ": \""
              + text + "\"");
        }
        return s;
      }
      case "decision" -> {
        String s = code(text);
        if (!DECISION_VALUES.contains(s)) {
          throw new InvalidFieldException(name, "decision must be one of " + DECISION_VALUES
              + ": \"" + text + "\"");
        }
        return s;
      }
      case "category" -> {
        return code(text);
      }
      default -> {
        if (text.length() > 512) {
          throw new InvalidFieldException(name, name + " is " + text.length()
              + " characters long; the limit is 512");
        }
        return text;
      }
    }
  }

  /** {@code "Trusted Flagger"} and {@code "trusted-flagger"} become {@code trusted_flagger}. */
  private static String code(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  /** The kind whose table name is {@code name}. */
  public static EventKind of(String name) {
    for (EventKind k : values()) {
      if (k.table.equalsIgnoreCase(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown event kind \"" + name + "\" (notices,"
        + " removals, decisions)");
  }
}
