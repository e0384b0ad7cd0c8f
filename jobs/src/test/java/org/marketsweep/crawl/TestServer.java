package org.marketsweep.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 and a free port, recording every request path and time. */
final class TestServer implements AutoCloseable {
  /** Handles one request; may throw IOException (e.g. the client hung up). */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  /** A request as the server saw it. */
  record Hit(String path, long nanos, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  TestServer on(String path, Handler h) {
    handlers.put(path, h);
    return this;
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  long hitCount(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).count();
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
    Handler h = handlers.get(path);
    try {
      if (h == null) {
        send(ex, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
      } else {
        h.handle(ex);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The crawler hung up (timeouts, size limit): expected in the hostile tests.
      ex.close();
      return;
    }
    ex.close();
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static Handler html(String html) {
    byte[] b = html.getBytes(StandardCharsets.UTF_8);
    return ex -> send(ex, 200, "text/html; charset=utf-8", b);
  }

  static Handler bytes(String contentType, byte[] body) {
    return ex -> send(ex, 200, contentType, body);
  }

  static Handler status(int status) {
    return ex -> send(ex, status, "text/html", ("<html><body>HTTP " + status + "</body></html>").getBytes(
        StandardCharsets.UTF_8));
  }

  static Handler redirect(int status, String location) {
    return ex -> {
      ex.getResponseHeaders().set("Location", location);
      send(ex, status, null, new byte[0]);
    };
  }

  /** Fails {@code failures} times with {@code failing}, then behaves like {@code then}. */
  static Handler flaky(int failures, Handler failing, Handler then) {
    AtomicInteger count = new AtomicInteger();
    return ex -> {
      if (count.incrementAndGet() <= failures) {
        failing.handle(ex);
      } else {
        then.handle(ex);
      }
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
