package org.marketsweep.crawl;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Performs single GET requests with {@link HttpClient}: HTTP/1.1, no automatic redirects, our
 * User-Agent, connect timeout, a read timeout until the headers arrive and while the body is
 * silent, a total body timeout, and a body size limit that cancels the download (and closes the
 * connection) as soon as it is exceeded or when Content-Length announces too much.
 */
final class HttpFetcher implements AutoCloseable {
  private static final long POLL_MILLIS = 50;

  private final HttpClient client;
  private final CrawlConfig config;

  HttpFetcher(CrawlConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .build();
  }

  FetchResult fetch(URI url, String accept) throws InterruptedException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(url)
        .GET()
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", accept)
        .header("Accept-Language", "en;q=0.9, *;q=0.5")
        .build();
    LimitedBody body = new LimitedBody(config.maxPageBytes());
    CompletableFuture<HttpResponse<LimitedBody.Result>> future = client.sendAsync(request, info -> {
      body.status = info.statusCode();
      long announced = info.headers().firstValueAsLong("content-length").orElse(-1);
      if (announced > config.maxPageBytes()) {
        body.refuse(announced);
      }
      return body;
    });
    long readTimeoutNanos = config.readTimeout().toNanos();
    long pageTimeoutNanos = config.pageTimeout().toNanos() + readTimeoutNanos;
    try {
      while (true) {
        try {
          HttpResponse<LimitedBody.Result> response = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
          return toResult(url, response, started, t0);
        } catch (TimeoutException e) {
          long now = System.nanoTime();
          long lastData = body.lastActivityNanos();
          if (lastData > 0 && now - lastData > readTimeoutNanos) {
            abort(future, body);
            return failure(url, body.status, started, t0, FetchResult.FetchError.TIMEOUT,
                "read timeout: no data for " + config.readTimeout().toMillis() + " ms from " + url);
          }
          if (now - t0 > pageTimeoutNanos) {
            abort(future, body);
            return failure(url, body.status, started, t0, FetchResult.FetchError.TIMEOUT,
                "page timeout: body of " + url + " not complete after " + config.pageTimeout().toMillis() + " ms");
          }
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        return failure(url, 0, started, t0, FetchResult.FetchError.TIMEOUT,
            "read timeout: no response from " + url + " within " + config.readTimeout().toMillis() + " ms");
      }
      if (cause instanceof java.net.http.HttpConnectTimeoutException) {
        return failure(url, 0, started, t0, FetchResult.FetchError.TIMEOUT,
            "connect timeout to " + url + " after " + config.connectTimeout().toMillis() + " ms");
      }
      return failure(url, body.status, started, t0, FetchResult.FetchError.IO,
          "I/O error fetching " + url + ": " + describe(cause));
    } catch (InterruptedException e) {
      abort(future, body);
      throw e;
    }
  }

  private FetchResult toResult(URI url, HttpResponse<LimitedBody.Result> response, Instant started, long t0) {
    LimitedBody.Result r = response.body();
    var headers = response.headers();
    if (r.truncated()) {
      String size = r.announced() > 0 ? "Content-Length " + r.announced() : "more than " + r.bytes().length;
      return new FetchResult(url, response.statusCode(), headers.firstValue("content-type").orElse(null),
          null, null, new byte[0], started, Duration.ofNanos(System.nanoTime() - t0),
          FetchResult.FetchError.TOO_LARGE,
          "page too large: " + url + " sent " + size + " bytes, max_page_bytes is " + config.maxPageBytes());
    }
    byte[] bytes = r.bytes();
    String encoding = headers.firstValue("content-encoding").orElse("").trim().toLowerCase(java.util.Locale.ROOT);
    if (encoding.equals("gzip") || encoding.equals("x-gzip") || encoding.equals("deflate")) {
      try {
        bytes = inflate(bytes, encoding.equals("deflate"));
      } catch (java.io.IOException e) {
        return failure(url, response.statusCode(), started, t0, FetchResult.FetchError.IO,
            "cannot decode Content-Encoding " + encoding + " from " + url + ": " + e.getMessage());
      }
      if (bytes == null) {
        return new FetchResult(url, response.statusCode(), headers.firstValue("content-type").orElse(null),
            null, null, new byte[0], started, Duration.ofNanos(System.nanoTime() - t0),
            FetchResult.FetchError.TOO_LARGE, "page too large: " + url + " decompresses to more than "
            + config.maxPageBytes() + " bytes (max_page_bytes)");
      }
    }
    return new FetchResult(url, response.statusCode(), headers.firstValue("content-type").orElse(null),
        headers.firstValue("location").orElse(null), headers.firstValue("retry-after").orElse(null), bytes,
        started, Duration.ofNanos(System.nanoTime() - t0), null, null);
  }

  /** Decompresses a body the server compressed unasked; null if it exceeds max_page_bytes. */
  private byte[] inflate(byte[] compressed, boolean deflate) throws java.io.IOException {
    try (java.io.InputStream in = deflate
        ? new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(compressed))
        : new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxPageBytes() + 1));
      return out.length > config.maxPageBytes() ? null : out;
    }
  }

  private static FetchResult failure(URI url, int status, Instant started, long t0, FetchResult.FetchError error,
      String detail) {
    return new FetchResult(url, status, null, null, null, new byte[0], started,
        Duration.ofNanos(System.nanoTime() - t0), error, detail);
  }

  private static void abort(CompletableFuture<?> future, LimitedBody body) {
    body.cancel();
    future.cancel(true);
  }

  private static String describe(Throwable t) {
    String msg = t.getMessage();
    return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }

  @Override
  public void close() {
    // HttpClient (JDK 17) has no close(); its connections and selector thread go with the object.
  }

  /** Body subscriber that keeps at most {@code max} bytes and cancels the stream beyond that. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Result> {
    record Result(byte[] bytes, boolean truncated, long announced) {}

    private final long max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivity;
    private volatile long refusedLength = -1;
    private volatile boolean cancelled;
    volatile int status;

    LimitedBody(long max) {
      this.max = max;
    }

    void refuse(long announced) {
      refusedLength = announced;
    }

    long lastActivityNanos() {
      return lastActivity;
    }

    @Override
    public CompletionStage<Result> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      lastActivity = System.nanoTime();
      if (refusedLength >= 0) {
        s.cancel();
        result.complete(new Result(new byte[0], true, refusedLength));
        return;
      }
      if (cancelled) {
        s.cancel();
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      lastActivity = System.nanoTime();
      if (result.isDone()) {
        return;
      }
      synchronized (buffer) {
        for (ByteBuffer b : items) {
          int n = b.remaining();
          if (buffer.size() + (long) n > max) {
            subscription.cancel();
            result.complete(new Result(buffer.toByteArray(), true, -1));
            return;
          }
          byte[] chunk = new byte[n];
          b.get(chunk);
          buffer.write(chunk, 0, n);
        }
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      synchronized (buffer) {
        result.complete(new Result(buffer.toByteArray(), false, -1));
      }
    }

    void cancel() {
      cancelled = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      result.completeExceptionally(new CancellationException("fetch aborted"));
    }
  }
}
