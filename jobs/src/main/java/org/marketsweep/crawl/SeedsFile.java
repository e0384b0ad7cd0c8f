package org.marketsweep.crawl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a seeds file: UTF-8, one seed per line, {@code #} starts a comment (whole line or after
 * whitespace), blank lines ignored. A line is either a URL, or a type hint and a URL separated by
 * whitespace:
 *
 * <pre>
 * # marketplace X, nightly
 * https://shop.example/search?q=ivory          # no hint: sitemap if it looks like one, else category
 * category https://shop.example/c/wildlife
 * listing  https://shop.example/item/123
 * sitemap  https://shop.example/sitemap_index.xml
 * </pre>
 *
 * Duplicate URLs keep their first line. Errors name the file and line number.
 */
public final class SeedsFile {
  private SeedsFile() {}

  public static List<Seed> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  public static List<Seed> parse(String text, String source) {
    try {
      return parse(new StringReader(text), source);
    } catch (IOException e) {
      throw new IllegalStateException("Reading a string cannot fail", e);
    }
  }

  public static List<Seed> parse(Reader reader, String source) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    Set<java.net.URI> seen = new LinkedHashSet<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String content = stripComment(line).trim();
      if (number == 1 && content.startsWith("\uFEFF")) {
        content = content.substring(1).trim();
      }
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+");
      Seed seed;
      try {
        if (parts.length == 1) {
          seed = Seed.of(parts[0]);
        } else if (parts.length == 2) {
          seed = Seed.of(type(parts[0]), parts[1]);
        } else {
          throw new IllegalArgumentException("expected '[type] URL', got '" + content + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
      }
      if (seen.add(seed.url())) {
        seeds.add(seed);
      }
    }
    return seeds;
  }

  private static SeedType type(String hint) {
    switch (hint.toLowerCase(Locale.ROOT)) {
      case "listing":
      case "product":
        return SeedType.LISTING;
      case "category":
      case "search":
        return SeedType.CATEGORY;
      case "sitemap":
        return SeedType.SITEMAP;
      default:
        throw new IllegalArgumentException(
            "unknown seed type '" + hint + "', expected listing, category, search, product or sitemap");
    }
  }

  private static String stripComment(String line) {
    if (line.trim().startsWith("#")) {
      return "";
    }
    int i = line.indexOf(" #");
    int t = line.indexOf("\t#");
    int cut = i < 0 ? t : (t < 0 ? i : Math.min(i, t));
    return cut < 0 ? line : line.substring(0, cut);
  }
}
