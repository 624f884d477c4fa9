package dev.newsflow.dashboard;

import com.sun.net.httpserver.HttpExchange;
import dev.newsflow.ops.http.Exchanges;
import dev.newsflow.ops.http.OpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntFunction;

/**
 * The live dashboard: one page ({@code /}) with its script, style and the uPlot charting library (a WebJar from
 * Maven Central, served from the jar: no CDN), and the small JSON endpoints it polls:
 *
 * <ul>
 *   <li>{@code /api/summary}: counts, throughput and latency series, consumer lag, dead letters, top entities and
 *       topics of the last hour, trending entities;
 *   <li>{@code /api/articles/latest?limit=N}: the newest enriched articles;
 *   <li>{@code /api/articles/{id}}: one of them as JSON;
 *   <li>{@code /api/stories?limit=N}: the top live stories (most articles among the recently active; see
 *       {@link StoryBoard}) with their counts, outlets, top entities and topics;
 * </ul>
 *
 * {@code /api/trends} belongs to the enrich service (its interactive queries live next to the topology); where
 * the service registers it on the same server the page shows it, otherwise the page says trends are not served.
 *
 * <p>Thread-safe (its sources are). Services attach it through {@link LiveDashboard}.
 */
public final class Dashboard {

  private static final String PAGE_DIR = "/dev/newsflow/dashboard/";
  private static final String UPLOT_POM = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

  private final LiveFeed feed;
  private final MetricsSampler sampler;
  private final IntFunction<?> trends;
  private final Map<String, Asset> assets;

  private record Asset(String resource, String contentType) {}

  /**
   * @param trends the top-N trending entities for a limit, or null when the topology's trends are not at hand
   */
  public Dashboard(LiveFeed feed, MetricsSampler sampler, IntFunction<?> trends) {
    this.feed = feed;
    this.sampler = sampler;
    this.trends = trends;
    String uplot = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";
    this.assets = Map.of(
        "/assets/app.js", new Asset(PAGE_DIR + "app.js", "text/javascript; charset=utf-8"),
        "/assets/app.css", new Asset(PAGE_DIR + "app.css", "text/css; charset=utf-8"),
        "/assets/uPlot.iife.min.js", new Asset(uplot + "uPlot.iife.min.js", "text/javascript; charset=utf-8"),
        "/assets/uPlot.min.css", new Asset(uplot + "uPlot.min.css", "text/css; charset=utf-8"));
  }

  /** Adds the page, its assets and the JSON API to an operations server. */
  public void register(OpsServer.Builder server) {
    server.route("/", this::page);
    server.route("/assets/", this::asset);
    server.route("/api/", this::api);
  }

  private void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!path.equals("/") && !path.equals("/index.html")) {
      Exchanges.sendJson(exchange, 404, Map.of("error", "not found"));
      return;
    }
    Exchanges.send(exchange, 200, "text/html; charset=utf-8", read(PAGE_DIR + "index.html"));
  }

  private void asset(HttpExchange exchange) throws IOException {
    Asset asset = assets.get(exchange.getRequestURI().getPath());
    if (asset == null) {
      Exchanges.sendJson(exchange, 404, Map.of("error", "not found"));
      return;
    }
    Exchanges.send(exchange, 200, asset.contentType(), read(asset.resource()));
  }

  private void api(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Map<String, String> query = Exchanges.query(exchange);
    if (path.equals("/api/summary")) {
      Exchanges.sendJson(exchange, 200, summary());
    } else if (path.equals("/api/articles/latest")) {
      Exchanges.sendJson(exchange, 200, feed.latest(Exchanges.intParam(query, "limit", 20, 1, LiveFeed.KEEP_ARTICLES)));
    } else if (path.startsWith("/api/articles/")) {
      String id = path.substring("/api/articles/".length());
      Optional<String> json = id.matches("[A-Za-z0-9._-]{1,200}") ? feed.articleJson(id) : Optional.empty();
      if (json.isPresent()) {
        Exchanges.sendText(exchange, 200, "application/json; charset=utf-8", json.get());
      } else {
        Exchanges.sendJson(exchange, 404, Map.of("error", "no recent article with id " + id.replaceAll("[^A-Za-z0-9._-]", "?")));
      }
    } else if (path.equals("/api/stories")) {
      Exchanges.sendJson(exchange, 200, feed.topStories(Exchanges.intParam(query, "limit", 10, 1, 100)));
    } else if (path.equals("/api/trends")) {
      Exchanges.sendJson(exchange, 404, Map.of("error", "trends are served by the enrich service"));
    } else {
      Exchanges.sendJson(exchange, 404, Map.of("error", "not found"));
    }
  }

  Map<String, Object> summary() {
    Instant now = Instant.now();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("time", now.toString());
    summary.put("counts", sampler.counts());
    summary.put("series", sampler.points());
    summary.put("lag", sampler.lag());
    Map<String, Object> dlq = new LinkedHashMap<>();
    dlq.put("count", feed.deadLetterCount());
    dlq.put("byStage", feed.deadLettersByStage());
    dlq.put("latest", feed.latestDeadLetters());
    summary.put("dlq", dlq);
    summary.put("enrichedSeen", feed.enrichedSeen());
    summary.put("topEntities", feed.topEntities(10, now));
    summary.put("topTopics", feed.topTopics(10, now));
    if (trends != null) {
      try {
        summary.put("trends", trends.apply(10));
      } catch (RuntimeException e) {
        summary.put("trends", Map.of("error", String.valueOf(e.getMessage())));
      }
    }
    return summary;
  }

  private static String uplotVersion() {
    Properties pom = new Properties();
    try (InputStream in = Dashboard.class.getResourceAsStream(UPLOT_POM)) {
      if (in == null) {
        throw new IllegalStateException("uPlot WebJar missing from the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = Dashboard.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource missing from the jar: " + resource);
      }
      return in.readAllBytes();
    }
  }
}
