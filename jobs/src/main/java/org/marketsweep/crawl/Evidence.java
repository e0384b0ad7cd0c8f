package org.marketsweep.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * The raw response of one fetched page, kept as evidence of what the listing showed.
 *
 * @param url requested URL (the seed or link, before redirects)
 * @param finalUrl URL that produced this body (after redirects)
 * @param status HTTP status
 * @param fetchedAt when the final request started
 * @param contentType Content-Type header, may be null
 * @param sha256 lower-case hex SHA-256 of {@code body}
 * @param body raw (uncompressed) bytes as received
 */
public record Evidence(URI url, URI finalUrl, int status, Instant fetchedAt, String contentType, String sha256,
    byte[] body) {

  public Evidence {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(body, "body");
  }

  /** Evidence for {@code body}, computing its SHA-256. */
  public static Evidence of(URI url, URI finalUrl, int status, Instant fetchedAt, String contentType, byte[] body) {
    return new Evidence(url, finalUrl, status, fetchedAt, contentType, sha256(body), body);
  }

  /** The body gzip-compressed. */
  public byte[] gzippedBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip of in-memory bytes failed for " + url, e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
