package org.marketsweep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One real product offer of the bundled sample ({@code bench/products.jsonl.gz}, see its
 * {@code SOURCES.md}): the text lawful benchmark listings are made of.
 *
 * @param description null for the titles-only sources
 * @param price null when the offer had none
 */
record ProductText(String source, String language, String title, String description,
    BigDecimal price) {
  static final String RESOURCE = "/bench/products.jsonl.gz";

  /** The bundled sample, in file order. */
  static List<ProductText> bundled() {
    ObjectMapper json = new ObjectMapper();
    List<ProductText> out = new ArrayList<>();
    try (InputStream raw = ProductText.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      int line = 0;
      for (String s = lines.readLine(); s != null; s = lines.readLine()) {
        line++;
        out.add(parse(json.readTree(s), line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return List.copyOf(out);
  }

  private static ProductText parse(JsonNode n, int line) {
    if (!n.hasNonNull("title") || !n.hasNonNull("language")) {
      throw new IllegalStateException(RESOURCE + ":" + line + ": title or language missing");
    }
    return new ProductText(n.path("source").asText(), n.get("language").asText(),
        n.get("title").asText(), n.hasNonNull("description") ? n.get("description").asText()
        : null, n.hasNonNull("price") ? n.get("price").decimalValue() : null);
  }
}
