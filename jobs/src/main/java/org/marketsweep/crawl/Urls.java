package org.marketsweep.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URL helpers: resolution against a base, normalisation for de-duplication. */
final class Urls {
  private Urls() {}

  /** Resolves {@code ref} against {@code base}; returns {@code ref} unchanged if either is malformed. */
  static String resolve(String base, String ref) {
    String r = ref.trim();
    if (r.startsWith("//")) {
      String scheme = base.startsWith("http://") ? "http:" : "https:";
      return scheme + r;
    }
    try {
      return new URI(base).resolve(new URI(r.replace(" ", "%20"))).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return r;
    }
  }

  /**
   * Parses an http(s) URL and normalises it: lower-case scheme and host, default port and fragment
   * removed, empty path → "/". Empty for anything else (mailto:, javascript:, malformed).
   */
  static Optional<URI> normalize(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI u = new URI(url.trim().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
        return Optional.empty();
      }
      int port = u.getPort();
      if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
        port = -1;
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      String host = u.getHost().toLowerCase(Locale.ROOT);
      return Optional.of(URI.create(scheme + "://" + host + (port >= 0 ? ":" + port : "") + path + query));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** "host" or "host:port" — the unit of politeness and of the allow-list. */
  static String hostKey(URI u) {
    return u.getPort() >= 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
  }
}
