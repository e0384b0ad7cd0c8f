package org.marketsweep.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Access to the gzip-compressed real pages under {@code crawl/pages/} on the test classpath. */
final class Fixtures {
  private Fixtures() {}

  /** One row of {@code expected.json}. */
  record Expected(String file, String url, String title, String price, String currency, String brand,
      String canonical, boolean removed) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Expected> expected() {
    try (InputStream in = resource("crawl/pages/expected.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Expected> out = new ArrayList<>();
      for (JsonNode n : root) {
        out.add(new Expected(n.get("file").asText(), n.get("url").asText(), text(n, "title"), text(n, "price"),
            text(n, "currency"), text(n, "brand"), text(n, "canonical"), n.get("removed").asBoolean()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decompressed bytes of a page. */
  static byte[] page(String gzFile) {
    try (InputStream in = new GZIPInputStream(resource("crawl/pages/" + gzFile))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static InputStream resource(String name) {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing test resource " + name);
    }
    return in;
  }
}
