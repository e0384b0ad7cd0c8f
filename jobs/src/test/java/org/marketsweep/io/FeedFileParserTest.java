package org.marketsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFileParserTest {
  private final ListingParser parser =
      new ListingParser(FeedMapping.identity().withDefaultMarketplace("m"));

  private static List<FeedFileParser.Parsed<ListingRecord>> all(
      java.util.Iterator<FeedFileParser.Parsed<ListingRecord>> it) {
    List<FeedFileParser.Parsed<ListingRecord>> rows = new ArrayList<>();
    it.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void csvRowWithInvalidUtf8IsRejectedOthersKept() throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.write("listing_id,title,observed_at\n1,Caf\u00e9 ok,2026-11-01\n".getBytes(
        StandardCharsets.UTF_8));
    csv.write("2,Caf".getBytes(StandardCharsets.UTF_8));
    csv.write(0xE9);
    csv.write(",2026-11-01\n3,\"multi\nline\",2026-11-01\n".getBytes(StandardCharsets.UTF_8));
    List<FeedFileParser.Parsed<ListingRecord>> rows = all(FeedFileParser.csv(
        new ByteArrayInputStream(csv.toByteArray()), "f.csv", parser));
    assertEquals(3, rows.size());
    assertEquals("Caf\u00e9 ok", rows.get(0).record().title());
    assertNull(rows.get(1).record());
    assertEquals("f.csv:3: title holds bytes that are not valid in the input's charset:"
        + " \"Caf\uFFFD\"", rows.get(1).reject().toString());
    assertEquals("multi\nline", rows.get(2).record().title());
  }

  @Test
  void jsonlKeepsRealReplacementCharactersAndRejectsInvalidBytes() throws Exception {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    jsonl.write(("{\"listing_id\":\"1\",\"title\":\"Cam\uFFFDra\",\"observed_at\":\"2026-11-01\"}"
        + "\r\n").getBytes(StandardCharsets.UTF_8));
    jsonl.write("{\"listing_id\":\"2\",\"title\":\"Cam".getBytes(StandardCharsets.UTF_8));
    jsonl.write(0xE9);
    jsonl.write("ra\",\"observed_at\":\"2026-11-01\"}".getBytes(StandardCharsets.UTF_8));
    List<FeedFileParser.Parsed<ListingRecord>> rows = all(FeedFileParser.jsonl(
        new ByteArrayInputStream(jsonl.toByteArray()), "f.jsonl", parser));
    assertEquals(2, rows.size());
    assertEquals("Cam\uFFFDra", rows.get(0).record().title());
    assertEquals(2, rows.get(1).reject().line());
    assertEquals("f.jsonl:2: line is not valid UTF-8 (Input length = 1)",
        rows.get(1).reject().toString());
  }
}
