package dev.newsflow.ingest.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ops.http.CrossSiteGuard;
import dev.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP push endpoint, for crawlers and webhooks, on the JDK HTTP server.
 *
 * <ul>
 *   <li>{@code POST /articles}: one JSON article or an array ({@link ArticleJson} lists the fields), JSON Lines
 *       ({@code application/x-ndjson}), or a raw page
 *       ({@code text/html}, {@code text/plain}) with {@code ?url=}. Answers 202 {@code {"accepted":n,"ids":[...]}}
 *       only once the broker has acknowledged every article (acks=all, idempotent producer): 202 means stored
 *       durably in {@code news.raw}. 400 for invalid input (with {@code index} for an array; JSON nested deeper
 *       than {@value PushRequestReader#MAX_NESTING_DEPTH} levels included), 401 without the bearer token, 403 for
 *       cross-site requests ({@link CrossSiteGuard}, on every path), 404 for other paths, 405 for other methods,
 *       413 over the size limit or over the topic's record limit (naming it; resending will not help), 415 for
 *       other content types, 503 when the broker did not acknowledge in time (some articles may have landed;
 *       retrying is safe, ids are stable).</li>
 *   <li>{@code GET /status}: the statuses of the service's sources (token required when one is set).</li>
 *   <li>{@code GET /health}: 200 while running (no token).</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class PushServer implements IngestSource {

  private static final Logger LOG = LoggerFactory.getLogger(PushServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int THREADS = 8;

  private final PushConfig config;
  private final ArticlePublisher publisher;
  private final PushRequestReader reader;
  private final Supplier<List<SourceStatus>> statuses;
  private final CrossSiteGuard guard = CrossSiteGuard.standard();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile SourceStatus.State state = SourceStatus.State.NEW;
  private HttpServer server;
  private ExecutorService executor;

  /**
   * @param statuses what {@code GET /status} reports (the whole service's sources); null for this server's only
   */
  public PushServer(PushConfig config, ArticlePublisher publisher, ArticleJson json, ArticleFileReader documents,
      Supplier<List<SourceStatus>> statuses) {
    this.config = Objects.requireNonNull(config, "config");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.reader = new PushRequestReader(json, documents, config.maxBodyBytes());
    this.statuses = statuses != null ? statuses : () -> List.of(status());
  }

  @Override
  public String name() {
    return "push";
  }

  @Override
  public synchronized void start() throws IOException {
    if (state != SourceStatus.State.NEW) {
      throw new IllegalStateException("push endpoint was already started");
    }
    server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 0);
    AtomicInteger threadNumber = new AtomicInteger();
    executor = Executors.newFixedThreadPool(THREADS,
        r -> new Thread(r, "newsflow-push-" + threadNumber.incrementAndGet()));
    server.setExecutor(executor);
    server.createContext("/articles", guarded(this::articles));
    server.createContext("/status", guarded(this::status));
    server.createContext("/health",
        guarded(exchange -> answer(exchange, 200, MAPPER.createObjectNode().put("status", "up"))));
    server.start();
    state = SourceStatus.State.RUNNING;
    if (config.token() == null) {
      LOG.warn("the push endpoint on http://{} has no token: {} can publish articles (browsers on other sites"
          + " are refused); set NEWSFLOW_INGEST_TOKEN to require one", hostPort(),
          server.getAddress().getAddress().isLoopbackAddress() ? "every program on this machine"
              : "anyone who reaches it");
    }
  }

  /** The address it listens on (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops accepting connections, lets requests in hand finish (their acknowledgements included), then returns. */
  @Override
  public synchronized void stop() {
    if (state != SourceStatus.State.RUNNING) {
      return;
    }
    server.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(config.ackTimeout().toSeconds() + 1, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    state = SourceStatus.State.STOPPED;
  }

  @Override
  public SourceStatus status() {
    Map<String, Long> counts = Map.of("requests", requests.get(), "articles.accepted", accepted.get(),
        "requests.refused", refused.get(), "requests.failed", failed.get());
    String where = server == null ? "not started" : "http://" + hostPort() + "/articles";
    return new SourceStatus(name(), state, counts, where);
  }

  private String hostPort() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }

  /** Answers 403 to what a web page could make a browser send ({@link CrossSiteGuard}), before anything else. */
  private HttpHandler guarded(HttpHandler handler) {
    return exchange -> {
      Optional<String> refusal = guard.refusal(exchange.getRequestMethod(), exchange.getRequestHeaders()::getFirst);
      if (refusal.isPresent()) {
        requests.incrementAndGet();
        refused.incrementAndGet();
        answer(exchange, 403, MAPPER.createObjectNode().put("error", refusal.get()));
        return;
      }
      handler.handle(exchange);
    };
  }

  private void articles(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals("/articles") && !path.equals("/articles/")) {
        throw new PushException(404, "no such resource: " + path + " (POST to /articles)");
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        throw new PushException(405, "use POST to send articles");
      }
      authorize(exchange);
      PushRequestReader.Kind kind = PushRequestReader.kind(exchange.getRequestHeaders().getFirst("Content-Type"));
      reader.checkDeclaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
      byte[] body = reader.readBody(exchange.getRequestBody());
      List<RawArticle> articles = switch (kind) {
        case JSON -> reader.fromJson(body);
        case JSON_LINES -> reader.fromJsonLines(body);
        case HTML, TEXT -> List.of(reader.fromPage(kind, exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestURI(), body));
      };
      publish(exchange, articles);
    } catch (PushException e) {
      (e.status() >= 500 ? failed : refused).incrementAndGet();
      ObjectNode error = MAPPER.createObjectNode().put("error", e.getMessage());
      if (e.index() != null) {
        error.put("index", e.index());
      }
      answer(exchange, e.status(), error);
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      LOG.error("push request failed", e);
      answer(exchange, 500, MAPPER.createObjectNode().put("error", "internal error: " + e));
    }
  }

  /** Sends every article and answers 202 only when the broker acknowledged all of them. */
  private void publish(HttpExchange exchange, List<RawArticle> articles) throws IOException, PushException {
    List<CompletableFuture<?>> sends = new ArrayList<>();
    ArrayNode ids = MAPPER.createArrayNode();
    for (RawArticle article : articles) {
      sends.add(publisher.publish(article));
      ids.add(article.getId());
    }
    try {
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
          .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RecordTooLargeException) {
        throw new PushException(413, "not stored, and resending will not help: " + e.getCause().getMessage()
            + publisher.topicRecordLimit().stream().mapToObj(bytes -> " (topic " + publisher.topic()
                + " takes records up to " + bytes + " bytes: its max.message.bytes)").findFirst().orElse(""));
      }
      throw transientFailure(exchange, e);
    } catch (TimeoutException e) {
      throw transientFailure(exchange, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PushException(503, "shutting down, retry later");
    }
    accepted.addAndGet(articles.size());
    answer(exchange, 202, MAPPER.createObjectNode().put("accepted", articles.size()).set("ids", ids));
  }

  /** A failure that may pass (the broker slow or away): 503 with Retry-After, since resending is safe. */
  private PushException transientFailure(HttpExchange exchange, Exception e) {
    exchange.getResponseHeaders().set("Retry-After", "5");
    String why = e instanceof TimeoutException ? "no acknowledgement within " + config.ackTimeout().toSeconds() + " s"
        : e.getCause().toString();
    LOG.warn("push: not published: {}", why);
    return new PushException(503, "not stored, retry later (resending is safe: ids are stable): " + why);
  }

  private void status(HttpExchange exchange) throws IOException {
    try {
      authorize(exchange);
      ArrayNode list = MAPPER.createArrayNode();
      for (SourceStatus s : statuses.get()) {
        ObjectNode node = list.addObject().put("name", s.name()).put("state", s.state().name())
            .put("detail", s.detail());
        ObjectNode counts = node.putObject("counts");
        s.counts().forEach(counts::put);
      }
      answer(exchange, 200, MAPPER.createObjectNode().set("sources", list));
    } catch (PushException e) {
      answer(exchange, e.status(), MAPPER.createObjectNode().put("error", e.getMessage()));
    }
  }

  private void authorize(HttpExchange exchange) throws PushException {
    if (config.token() == null) {
      return;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    String[] parts = header == null ? new String[0] : header.strip().split("\\s+", 2);
    boolean bearer = parts.length == 2 && parts[0].equalsIgnoreCase("Bearer"); // the scheme is case-insensitive
    // Constant-time comparison, so the token cannot be guessed byte by byte from response times.
    if (!bearer || !MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8),
        config.token().getBytes(StandardCharsets.UTF_8))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newsflow-ingest\"");
      throw new PushException(401, "a valid bearer token is required (Authorization: Bearer ...)");
    }
  }

  private static void answer(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    exchange.close();
  }
}
