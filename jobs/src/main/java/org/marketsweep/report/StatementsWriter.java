package org.marketsweep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes statements of reasons twice: as JSON Lines, one API payload per line (ready for the
 * API's {@code statements} batches of up to 100), and as CSV with the offer's
 * {@code marketplace} and {@code listing_id} first, then the API attributes (lists as JSON
 * arrays, absent attributes empty).
 */
public final class StatementsWriter {
  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  /** The CSV header. */
  public static final List<String> CSV_COLUMNS = columns();

  private StatementsWriter() {}

  /** Writes the statement of each of {@code facts}; returns how many. */
  public static long write(Iterator<StatementFacts> facts, StatementMapper mapper,
      Writer jsonl, Writer csv) throws IOException {
    long count = 0;
    try (CSVPrinter table = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      table.printRecord(CSV_COLUMNS);
      while (facts.hasNext()) {
        StatementFacts f = facts.next();
        StatementOfReasons statement = mapper.map(f);
        jsonl.write(JSON.writeValueAsString(statement));
        jsonl.write('\n');
        List<Object> row = new ArrayList<>(List.of(f.marketplace(), f.listingId()));
        statement.values().forEach(v -> row.add(field(v)));
        table.printRecord(row);
        count++;
      }
    }
    jsonl.flush();
    return count;
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      try {
        return JSON.writeValueAsString(list);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value.toString();
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("marketplace", "listing_id"));
    c.addAll(StatementOfReasons.ATTRIBUTES);
    return List.copyOf(c);
  }
}
