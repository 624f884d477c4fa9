package dev.newsflow.ops.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of a service, on the JDK HTTP server:
 *
 * <ul>
 *   <li>{@code GET /metrics}: every meter in the Prometheus text format;
 *   <li>{@code GET /health}: liveness, 200 while the process serves requests;
 *   <li>{@code GET /ready}: readiness, 200 when every {@link ReadinessCheck} holds, else 503, with each check's
 *       details as JSON;
 *   <li>any extra routes a service adds (the dashboard and its JSON API in the demo).
 * </ul>
 *
 * Binds 127.0.0.1 unless told otherwise; only GET and HEAD are served, and cross-site requests (a foreign
 * {@code Origin}, a {@code Host} an outside DNS could point here) get 403 ({@link CrossSiteGuard}). Thread-safe;
 * requests are served by two daemon threads.
 */
public final class OpsServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
  public static final String DEFAULT_HOST = "127.0.0.1";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String host;

  private OpsServer(Builder b) throws IOException {
    this.host = b.host;
    CrossSiteGuard guard = CrossSiteGuard.allowing(b.allowedHosts);
    this.server = HttpServer.create(new InetSocketAddress(b.host, b.port), 32);
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "newsflow-http-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/metrics", readOnly(guard, exchange ->
        Exchanges.sendText(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", b.metrics.scrape())));
    server.createContext("/health", readOnly(guard, exchange -> Exchanges.sendJson(exchange, 200, Map.of("status", "UP",
        "uptimeSeconds", Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toSeconds()))));
    Map<String, ReadinessCheck> checks = Map.copyOf(b.checks);
    server.createContext("/ready", readOnly(guard, exchange -> ready(exchange, checks)));
    b.routes.forEach((path, handler) -> server.createContext(path, readOnly(guard, handler)));
    if (!b.routes.containsKey("/")) {
      server.createContext("/", readOnly(guard, exchange -> Exchanges.sendJson(exchange, 404,
          Map.of("error", "not found", "endpoints", new String[] {"/metrics", "/health", "/ready"}))));
    }
  }

  public static Builder builder(ServiceMetrics metrics) {
    return new Builder(metrics);
  }

  private OpsServer start() {
    server.start();
    LOG.info("operations endpoints on {} (/metrics, /health, /ready)", url());
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:9401}. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void ready(HttpExchange exchange, Map<String, ReadinessCheck> checks) throws IOException {
    boolean ready = true;
    Map<String, Object> results = new LinkedHashMap<>();
    for (Map.Entry<String, ReadinessCheck> check : checks.entrySet()) {
      ReadinessCheck.Result result;
      try {
        result = check.getValue().check();
      } catch (RuntimeException e) {
        result = ReadinessCheck.Result.of(false, Map.of("error", e.toString()));
      }
      ready &= result.ready();
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("status", result.ready() ? "UP" : "DOWN");
      shown.putAll(result.details());
      results.put(check.getKey(), shown);
    }
    Exchanges.sendJson(exchange, ready ? 200 : 503, Map.of("status", ready ? "UP" : "DOWN", "checks", results));
  }

  /**
   * Refuses cross-site requests ({@link CrossSiteGuard}) and anything but GET and HEAD, and turns a handler's
   * failure into a 500 instead of a dropped connection.
   */
  private static HttpHandler readOnly(CrossSiteGuard guard, HttpHandler handler) {
    return exchange -> {
      try (exchange) {
        String method = exchange.getRequestMethod();
        Optional<String> refusal = guard.refusal(method, exchange.getRequestHeaders()::getFirst);
        if (refusal.isPresent()) {
          Exchanges.sendJson(exchange, 403, Map.of("error", refusal.get()));
          return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          Exchanges.sendJson(exchange, 405, Map.of("error", "method not allowed"));
          return;
        }
        handler.handle(exchange);
      } catch (IOException e) {
        LOG.debug("client went away: {}", e.toString());
      } catch (RuntimeException e) {
        LOG.warn("request {} failed", exchange.getRequestURI(), e);
        try {
          Exchanges.sendJson(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        } catch (IOException | RuntimeException ignored) {
          // the response was already under way
        }
      }
    };
  }

  /** Where to bind and what to serve. Not thread-safe. */
  public static final class Builder {
    private final ServiceMetrics metrics;
    private String host = DEFAULT_HOST;
    private int port;
    private final Map<String, ReadinessCheck> checks = new LinkedHashMap<>();
    private final Map<String, HttpHandler> routes = new LinkedHashMap<>();
    private final Set<String> allowedHosts = new TreeSet<>();

    private Builder(ServiceMetrics metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** The address to bind (default 127.0.0.1: only this machine). */
    public Builder host(String value) {
      this.host = Objects.requireNonNull(value, "host");
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int value) {
      if (value < 0 || value > 65535) {
        throw new IllegalArgumentException("port out of range: " + value);
      }
      this.port = value;
      return this;
    }

    /**
     * Further names clients may use in {@code Host} (e.g. a DNS name in front of the server); IP addresses,
     * localhost and single-label names are always accepted ({@link CrossSiteGuard}).
     */
    public Builder allowHosts(Collection<String> names) {
      names.forEach(name -> allowedHosts.add(Objects.requireNonNull(name, "name")));
      return this;
    }

    public Builder readiness(String name, ReadinessCheck check) {
      checks.put(name, Objects.requireNonNull(check, "check"));
      return this;
    }

    /** Serves {@code path} and everything under it with {@code handler} (GET and HEAD only). */
    public Builder route(String path, HttpHandler handler) {
      routes.put(path, Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** Binds and starts serving. */
    public OpsServer start() {
      try {
        return new OpsServer(this).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot serve the operations endpoints on " + host + ":" + port + ": "
            + e.getMessage(), e);
      }
    }
  }
}
