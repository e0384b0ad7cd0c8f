package org.marketsweep.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A starting URL and its type.
 *
 * @param url absolute, normalised http(s) URL
 * @param type what to do with it
 */
public record Seed(URI url, SeedType type) {
  public Seed {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    String given = url.toString();
    url = Urls.normalize(given)
        .orElseThrow(() -> new IllegalArgumentException("Seed is not an absolute http(s) URL: '" + given + "'"));
  }

  /** A seed whose type is guessed from the URL: {@link #guessType(URI)}. */
  public static Seed of(String url) {
    URI u = URI.create(url.trim());
    return new Seed(u, guessType(u));
  }

  /** A seed of the given type. */
  public static Seed of(SeedType type, String url) {
    return new Seed(URI.create(url.trim()), type);
  }

  /**
   * {@link SeedType#SITEMAP} for a path ending in .xml / .xml.gz or naming "sitemap", else
   * {@link SeedType#CATEGORY} (extract a product if the page is one, and follow links).
   */
  public static SeedType guessType(URI url) {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    if (path.endsWith(".xml") || path.endsWith(".xml.gz") || path.contains("sitemap")) {
      return SeedType.SITEMAP;
    }
    return SeedType.CATEGORY;
  }
}
