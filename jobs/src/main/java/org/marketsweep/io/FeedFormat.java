package org.marketsweep.io;

import java.util.Locale;

/** Feed file formats, recognised by extension (optionally followed by {@code .gz}). */
public enum FeedFormat {
  JSONL, CSV, PARQUET;

  /** The format of a file name, or null if it is not a feed file. */
  public static FeedFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("_")) {
      return null;
    }
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return CSV;
    }
    return name.endsWith(".parquet") ? PARQUET : null;
  }
}
