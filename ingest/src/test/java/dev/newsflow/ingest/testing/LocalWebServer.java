package dev.newsflow.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.fetch.FetchConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 (JDK HttpServer) for the web source tests; records every request with its
 * arrival time so politeness can be checked from the server's side.
 */
public final class LocalWebServer implements AutoCloseable {

  /** One request as the server saw it. */
  public record Seen(String path, String query, Map<String, List<String>> headers, long nanos) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  public LocalWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves a path (and everything under it, as HttpServer contexts do). */
  public LocalWebServer on(String path, Handler handler) {
    server.createContext(path, exchange -> {
      seen.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
          Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  public LocalWebServer html(String path, String html) {
    return on(path, ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
  }

  public URI uri(String path) {
    return URI.create(base() + path);
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<Seen> requests(String path) {
    List<Seen> out = new ArrayList<>();
    for (Seen s : seen) {
      if (s.path().equals(path)) {
        out.add(s);
      }
    }
    return out;
  }

  public List<Seen> requests() {
    return List.copyOf(seen);
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
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

  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * Settings for tests against this server: loopback allowed explicitly, no host delay, short backoffs and
   * timeouts, then the given overrides.
   */
  public static IngestSettings testSettings(Map<String, String> overrides) {
    return IngestSettings.defaults()
        .with(Map.of("net.allow-private-networks", "true", "host.delay", "0", "retry.initial-backoff", "20ms",
            "fetch.read-timeout", "5s", "fetch.connect-timeout", "2s"))
        .with(overrides);
  }

  public static FetchConfig testConfig(Map<String, String> overrides) {
    return FetchConfig.from(testSettings(overrides));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
