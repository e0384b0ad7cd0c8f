package org.marketsweep.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One HTTP exchange (no redirect following). Either {@code error} is null and {@code status} is
 * the HTTP status, or {@code error} says what went wrong and {@code status} is 0 (or the status
 * received before the body failed).
 *
 * @param url requested URL
 * @param status HTTP status, 0 if none was received
 * @param contentType Content-Type header or null
 * @param location Location header or null
 * @param retryAfter Retry-After header or null
 * @param body body bytes read (empty on error)
 * @param fetchedAt when the request started
 * @param elapsed time until the body was read or the error happened
 * @param error kind of failure, or null
 * @param errorDetail human-readable failure detail naming the URL and the limit, or null
 */
public record FetchResult(URI url, int status, String contentType, String location, String retryAfter,
    byte[] body, Instant fetchedAt, Duration elapsed, FetchError error, String errorDetail) {

  /** Kinds of fetch failure. */
  public enum FetchError {
    /** No response headers within read_timeout, body silent for read_timeout, or body over page_timeout. */
    TIMEOUT,
    /** Body larger than max_page_bytes (by Content-Length or while reading). */
    TOO_LARGE,
    /** Connection refused / reset / DNS / TLS and other I/O errors. */
    IO
  }

  public FetchResult {
    Objects.requireNonNull(url, "url");
    body = body == null ? new byte[0] : body;
  }

  public boolean ok() {
    return error == null;
  }
}
