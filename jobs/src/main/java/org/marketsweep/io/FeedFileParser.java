package org.marketsweep.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one JSONL or CSV feed file row by row, yielding a listing or a reject for every row,
 * with its line number. JSONL lines are decoded strictly as UTF-8, so invalid bytes reject the
 * line; CSV is decoded in the mapping's charset.
 */
public final class FeedFileParser {
  /** Longest JSONL line read into memory; longer lines are rejected unread. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row: exactly one of {@code record} and {@code reject} is set. */
  public record Parsed<T>(T record, Reject reject, long line) {}

  private FeedFileParser() {}

  public static <T> Iterator<Parsed<T>> jsonl(InputStream in, String source,
      RowParser<T> parser) {
    return jsonl(in, source, parser, 1);
  }

  /** JSONL rows of a stream whose first line is line {@code firstLine} of {@code source}. */
  public static <T> Iterator<Parsed<T>> jsonl(InputStream in, String source,
      RowParser<T> parser, long firstLine) {
    return new JsonlIterator<>(in, source, parser, firstLine - 1);
  }

  public static Iterator<Parsed<ListingRecord>> csv(InputStream in, String source,
      ListingParser parser) {
    return csv(in, source, parser, Charset.forName(parser.mapping().charset()),
        parser.mapping().delimiter());
  }

  public static <T> Iterator<Parsed<T>> csv(InputStream in, String source, RowParser<T> parser,
      Charset charset, char delimiter) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(ListingParser.INVALID_BYTES));
    Reader reader = new InputStreamReader(in, decoder);
    CSVParser csv;
    try {
      csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
          .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
          .setAllowMissingColumnNames(true).get().parse(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ":1: cannot read the CSV header: "
          + e.getMessage(), e);
    }
    Map<String, String> byLowerName = new HashMap<>();
    for (String h : csv.getHeaderNames()) {
      byLowerName.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h);
    }
    Iterator<CSVRecord> records = csv.iterator();
    return new CsvIterator<>(records, csv, byLowerName, source, parser);
  }

  /** CSV rows; a broken quote ends the file with one reject that says so. */
  private static final class CsvIterator<T> implements Iterator<Parsed<T>> {
    private final Iterator<CSVRecord> records;
    private final CSVParser csv;
    private final Map<String, String> byLowerName;
    private final String source;
    private final RowParser<T> parser;
    private Parsed<T> failure;
    private boolean failed;

    CsvIterator(Iterator<CSVRecord> records, CSVParser csv, Map<String, String> byLowerName,
        String source, RowParser<T> parser) {
      this.records = records;
      this.csv = csv;
      this.byLowerName = byLowerName;
      this.source = source;
      this.parser = parser;
    }

    @Override
    public boolean hasNext() {
      if (failed) {
        return failure != null;
      }
      try {
        return records.hasNext();
      } catch (UncheckedIOException | IllegalStateException e) {
        fail(e);
        return true;
      }
    }

    @Override
    public Parsed<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (failed) {
        Parsed<T> f = failure;
        failure = null;
        return f;
      }
      CSVRecord r = records.next();
      long line = csv.getCurrentLineNumber();
      String raw = CSVFormat.DEFAULT.format((Object[]) r.values());
      if (!r.isConsistent()) {
        return new Parsed<>(null, new Reject(source, line, null, "row has " + r.size()
            + " columns, the header has " + byLowerName.size(), raw), line);
      }
      return parse(parser, name -> {
        String header = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return header == null || !r.isSet(header) ? null : r.get(header);
      }, source, line, raw);
    }

    private void fail(RuntimeException e) {
      failed = true;
      long line = csv.getCurrentLineNumber() + 1;
      failure = new Parsed<>(null, new Reject(source, line, null, "malformed CSV ("
          + e.getMessage() + "); the rest of the file is not read", null), line);
    }
  }

  public static <T> Parsed<T> parse(RowParser<T> parser,
      java.util.function.Function<String, Object> field, String source, long line, String raw) {
    try {
      return new Parsed<>(parser.parse(field), null, line);
    } catch (InvalidFieldException e) {
      return new Parsed<>(null, new Reject(source, line, e.field(), e.getMessage(), raw), line);
    }
  }

  /** JSONL rows, one per non-blank line. */
  private static final class JsonlIterator<T> implements Iterator<Parsed<T>> {
    private final ByteLines lines;
    private final String source;
    private final RowParser<T> parser;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long lineNumber;
    private Parsed<T> next;
    private boolean done;

    JsonlIterator(InputStream in, String source, RowParser<T> parser, long linesBefore) {
      this.lines = new ByteLines(in, MAX_LINE_BYTES);
      this.source = source;
      this.parser = parser;
      this.lineNumber = linesBefore;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = readRow();
      }
      return next != null;
    }

    @Override
    public Parsed<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Parsed<T> row = next;
      next = null;
      return row;
    }

    /** The next row, or null for a blank line or the end of input. */
    private Parsed<T> readRow() {
      int read;
      try {
        read = lines.read();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + source + " after line " + lineNumber, e);
      }
      if (read == ByteLines.END) {
        done = true;
        return null;
      }
      done = read == ByteLines.LAST;
      lineNumber++;
      byte[] bytes = lines.bytes();
      int length = lines.length() > 0 && bytes[lines.length() - 1] == '\r' ? lines.length() - 1
          : lines.length();
      if (lines.tooLong()) {
        return reject(null, "line is longer than " + MAX_LINE_BYTES + " bytes",
            new String(bytes, 0, Math.min(200, lines.length()), StandardCharsets.UTF_8));
      }
      String text;
      try {
        text = utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      } catch (CharacterCodingException e) {
        return reject(null, "line is not valid UTF-8 (" + e.getMessage() + ")",
            new String(bytes, 0, length, StandardCharsets.UTF_8));
      }
      if (text.isBlank()) {
        return null;
      }
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return reject(null, "invalid JSON: " + e.getOriginalMessage(), text);
      }
      if (node == null || !node.isObject()) {
        return reject(null, "line is not a JSON object", text);
      }
      return parse(parser, name -> value(node.get(name)), source, lineNumber, text);
    }

    private Parsed<T> reject(String field, String reason, String raw) {
      return new Parsed<>(null, new Reject(source, lineNumber, field, reason, raw), lineNumber);
    }

    private static Object value(JsonNode v) {
      if (v == null || v.isNull() || v.isMissingNode()) {
        return null;
      }
      if (v.isNumber()) {
        return v.isIntegralNumber() && !v.isBigDecimal() ? (Object) v.longValue()
            : v.decimalValue();
      }
      return v.isValueNode() ? v.asText() : v.toString();
    }
  }
}
