package org.marketsweep.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to retry: timeouts, I/O errors, HTTP 5xx and 429, up to max_retries, after an exponential
 * backoff (backoff_initial × 2^(attempt-1), capped by backoff_max) or the server's Retry-After
 * (delta-seconds or HTTP-date), capped by retry_after_max.
 */
final class RetryPolicy {
  private final CrawlConfig config;

  RetryPolicy(CrawlConfig config) {
    this.config = config;
  }

  /** True if a response with this outcome may succeed on another try. */
  static boolean isRetryable(FetchResult r) {
    if (r.error() != null) {
      return r.error() != FetchResult.FetchError.TOO_LARGE;
    }
    return r.status() == 429 || r.status() >= 500;
  }

  boolean mayRetry(int attemptsSoFar) {
    return attemptsSoFar <= config.maxRetries();
  }

  /** Delay before attempt number {@code attemptsSoFar + 1}. */
  Duration delay(FetchResult r, int attemptsSoFar, Instant now) {
    Optional<Duration> retryAfter = parseRetryAfter(r.retryAfter(), now);
    if (retryAfter.isPresent()) {
      Duration d = retryAfter.get();
      return d.compareTo(config.retryAfterMax()) > 0 ? config.retryAfterMax() : d;
    }
    long initial = config.backoffInitial().toMillis();
    int shift = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
    long millis = initial << shift;
    if (millis < 0 || millis > config.backoffMax().toMillis()) {
      millis = config.backoffMax().toMillis();
    }
    return Duration.ofMillis(millis);
  }

  /** Retry-After as delta-seconds or an HTTP-date; empty if absent or unparseable. */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
