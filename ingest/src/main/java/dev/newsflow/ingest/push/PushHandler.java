package dev.newsflow.ingest.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ops.http.CrossSiteGuard;
import dev.newsflow.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push endpoint's routes on Jetty: {@code POST /articles}, {@code GET /status}, {@code GET /health} (the
 * contract is on {@link PushServer}). No thread waits on a client or the broker: the body is collected as it
 * arrives ({@link BodyCollector}) and the answer is written when the broker's acknowledgements complete, so slow
 * clients and a slow broker leave the threads free for everyone else.
 *
 * <p>Thread-safe.
 */
final class PushHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(PushHandler.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PushConfig config;
  private final ArticlePublisher publisher;
  private final PushRequestReader reader;
  private final Supplier<List<SourceStatus>> statuses;
  private final Executor executor;
  private final CrossSiteGuard guard;
  private final HeaderDeadline headerDeadline;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** @param executor where answers that follow the broker's acknowledgements are written (not Kafka's threads) */
  PushHandler(PushConfig config, ArticlePublisher publisher, PushRequestReader reader,
      Supplier<List<SourceStatus>> statuses, Executor executor, HeaderDeadline headerDeadline) {
    this.config = config;
    this.publisher = publisher;
    this.reader = reader;
    this.statuses = statuses;
    this.executor = executor;
    this.headerDeadline = headerDeadline;
    this.guard = CrossSiteGuard.allowing(config.allowedHosts());
  }

  static Map<String, Long> zeroCounts() {
    return Map.of("requests", 0L, "articles.accepted", 0L, "requests.refused", 0L, "requests.failed", 0L);
  }

  Map<String, Long> counts() {
    return Map.of("requests", requests.get(), "articles.accepted", accepted.get(),
        "requests.refused", refused.get(), "requests.failed", failed.get());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    headerDeadline.requestStarted(request);
    String path = Request.getPathInContext(request);
    Optional<String> refusal = guard.refusal(request.getMethod(), request.getHeaders()::get);
    if (refusal.isPresent()) {
      requests.incrementAndGet();
      refused.incrementAndGet();
      answer(response, callback, 403, error(refusal.get()));
    } else if (path.equals("/health")) {
      answer(response, callback, 200, MAPPER.createObjectNode().put("status", "up"));
    } else if (path.equals("/status")) {
      status(request, response, callback);
    } else if (path.equals("/articles") || path.startsWith("/articles/")) {
      articles(request, response, callback);
    } else {
      answer(response, callback, 404, error("no such resource: " + path + " (POST to /articles)"));
    }
    return true;
  }

  private void articles(Request request, Response response, Callback callback) {
    requests.incrementAndGet();
    PushRequestReader.Kind kind;
    try {
      kind = checkArticlesRequest(request, response);
    } catch (PushException e) {
      refuse(response, callback, e);
      return;
    }
    BodyCollector.collect(request, config.maxBodyBytes())
        .orTimeout(config.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(body -> parse(kind, request, body))
        .thenCompose(articles -> publish(articles, response))
        .whenCompleteAsync((created, error) -> {
          if (error == null) {
            answer(response, callback, 202, created);
          } else {
            fail(response, callback, unwrap(error));
          }
        }, executor);
  }

  /** What can be refused before the body is read: path, method, token, type, declared length. */
  private PushRequestReader.Kind checkArticlesRequest(Request request, Response response) throws PushException {
    String path = Request.getPathInContext(request);
    if (!path.equals("/articles") && !path.equals("/articles/")) {
      throw new PushException(404, "no such resource: " + path + " (POST to /articles)");
    }
    if (!request.getMethod().equals("POST")) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      throw new PushException(405, "use POST to send articles");
    }
    authorize(request, response);
    PushRequestReader.Kind kind = PushRequestReader.kind(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    reader.checkDeclaredLength(request.getHeaders().get(HttpHeader.CONTENT_LENGTH));
    return kind;
  }

  private List<RawArticle> parse(PushRequestReader.Kind kind, Request request, byte[] body) {
    try {
      return switch (kind) {
        case JSON -> reader.fromJson(body);
        case JSON_LINES -> reader.fromJsonLines(body);
        case HTML, TEXT -> List.of(reader.fromPage(kind, request.getHeaders().get(HttpHeader.CONTENT_TYPE),
            request.getHttpURI().toURI(), body));
      };
    } catch (PushException e) {
      throw new CompletionException(e);
    }
  }

  /** Sends every article; the answer is 202 only once the broker acknowledged all of them. */
  private CompletableFuture<ObjectNode> publish(List<RawArticle> articles, Response response) {
    ArrayNode ids = MAPPER.createArrayNode();
    CompletableFuture<?>[] sends = new CompletableFuture<?>[articles.size()];
    for (int i = 0; i < sends.length; i++) {
      sends[i] = publisher.publish(articles.get(i));
      ids.add(articles.get(i).getId());
    }
    // Async: a refusal may ask the broker for its limit, which must not happen on the producer's own thread.
    return CompletableFuture.allOf(sends).orTimeout(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .handleAsync((done, error) -> {
          if (error != null) {
            throw new CompletionException(publishFailure(unwrap(error), response));
          }
          accepted.addAndGet(articles.size());
          ObjectNode created = MAPPER.createObjectNode().put("accepted", articles.size());
          created.set("ids", ids);
          return created;
        }, executor);
  }

  /** A record over the topic's limit is permanent (413); anything else may pass (503, resending is safe). */
  private PushException publishFailure(Throwable error, Response response) {
    if (error instanceof RecordTooLargeException) {
      String limit = publisher.topicRecordLimit().stream().mapToObj(bytes -> " (topic " + publisher.topic()
          + " takes records up to " + bytes + " bytes: its max.message.bytes)").findFirst().orElse("");
      return new PushException(413, "not stored, and resending will not help: " + error.getMessage() + limit);
    }
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
    String why = error instanceof TimeoutException
        ? "no acknowledgement within " + config.ackTimeout().toSeconds() + " s" : error.toString();
    LOG.warn("push: not published: {}", why);
    return new PushException(503, "not stored, retry later (resending is safe: ids are stable): " + why);
  }

  private void fail(Response response, Callback callback, Throwable error) {
    if (error instanceof PushException e) {
      refuse(response, callback, e);
    } else if (error instanceof TimeoutException) {
      // the body's deadline, or a silence longer than the read timeout: the client is too slow to wait for
      refused.incrementAndGet();
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      answer(response, callback, 408, error("the body did not arrive within " + config.bodyTimeout().toSeconds()
          + " s, or paused longer than " + config.readTimeout().toSeconds() + " s"));
    } else if (error instanceof RuntimeException) {
      failed.incrementAndGet();
      LOG.error("push request failed", error);
      answer(response, callback, 500, error("internal error; the service log has the details"));
    } else {
      failed.incrementAndGet();
      callback.failed(error); // the connection failed: nobody to answer
    }
  }

  private void refuse(Response response, Callback callback, PushException e) {
    (e.status() >= 500 ? failed : refused).incrementAndGet();
    ObjectNode body = error(e.getMessage());
    if (e.index() != null) {
      body.put("index", e.index());
    }
    answer(response, callback, e.status(), body);
  }

  private void status(Request request, Response response, Callback callback) {
    try {
      authorize(request, response);
    } catch (PushException e) {
      answer(response, callback, e.status(), error(e.getMessage()));
      return;
    }
    ArrayNode list = MAPPER.createArrayNode();
    for (SourceStatus s : statuses.get()) {
      ObjectNode node = list.addObject().put("name", s.name()).put("state", s.state().name())
          .put("detail", s.detail());
      ObjectNode counts = node.putObject("counts");
      s.counts().forEach(counts::put);
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.set("sources", list);
    answer(response, callback, 200, body);
  }

  private void authorize(Request request, Response response) throws PushException {
    if (config.token() == null) {
      return;
    }
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    String[] parts = header == null ? new String[0] : header.strip().split("\\s+", 2);
    boolean bearer = parts.length == 2 && parts[0].equalsIgnoreCase("Bearer"); // the scheme is case-insensitive
    // Constant-time comparison, so the token cannot be guessed byte by byte from response times.
    if (!bearer || !MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8),
        config.token().getBytes(StandardCharsets.UTF_8))) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-ingest\"");
      throw new PushException(401, "a valid bearer token is required (Authorization: Bearer ...)");
    }
  }

  private static ObjectNode error(String message) {
    return MAPPER.createObjectNode().put("error", message);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static void answer(Response response, Callback callback, int status, ObjectNode body) {
    String json;
    try {
      json = MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    Content.Sink.write(response, true, json, callback);
  }
}
