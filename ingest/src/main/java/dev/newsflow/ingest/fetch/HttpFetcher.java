package dev.newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import dev.newsflow.ingest.config.IngestDefinitions;
import dev.newsflow.ingest.fetch.FetchResult.Failed;
import dev.newsflow.ingest.fetch.FetchResult.Fetched;
import dev.newsflow.ingest.fetch.FetchResult.NotModified;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polite HTTP fetcher every web source shares, on the JDK HttpClient: one User-Agent naming the project,
 * robots.txt honoured (RFC 9309, {@link RobotsCache}), a delay and a concurrency limit per host (a longer
 * Crawl-delay wins, capped), conditional GET (If-None-Match / If-Modified-Since; a 304 is {@link NotModified}),
 * connect and read timeouts, a body size limit enforced while streaming, redirects followed by hand so every hop
 * passes the {@link AddressGuard} and robots.txt again, gzip/deflate decoding (brotli is not asked for: no
 * well-kept pure-Java decoder), and retries with exponential backoff for 429, 5xx, timeouts and connection
 * errors, honouring Retry-After. Expected failures are {@link Failed} values with a {@link FailureReason}.
 *
 * <p>Thread-safe; share one per process (the per-host politeness only works if all fetches go through it).
 */
public final class HttpFetcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
  /** Error bodies are not needed; read a little so the connection can be reused, then stop. */
  private static final int ERROR_BODY_BYTES = 16 * 1024;
  private static final int ROBOTS_MAX_REDIRECTS = 5;

  private final FetchConfig config;
  private final AddressGuard guard;
  private final HostThrottle throttle;
  private final RobotsCache robots;
  private final Clock clock;
  private final HttpClient client;

  public HttpFetcher(FetchConfig config) {
    this(config, new AddressGuard(config.addressPolicy()), Clock.systemUTC());
  }

  public HttpFetcher(FetchConfig config, AddressGuard guard, Clock clock) {
    this.config = config;
    this.guard = guard;
    this.clock = clock;
    this.throttle = new HostThrottle(config.hostMaxConcurrency());
    this.robots = new RobotsCache(this::robotsTxt, config.robotsAgent(), config.robotsCacheTtl(), clock);
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        // Redirects are followed by hand: each hop must pass the address guard and robots.txt.
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public FetchConfig config() {
    return config;
  }

  /** Fetches one URL, retrying transient failures; never throws for an expected failure. */
  public FetchResult fetch(FetchRequest request) {
    for (int attempt = 1; ; attempt++) {
      Attempt a = fetchOnce(request, attempt);
      if (!(a.result() instanceof Failed failed) || failed.permanent()
          || failed.reason() == FailureReason.INTERRUPTED || attempt >= config.maxAttempts()) {
        if (a.result() instanceof Failed failed) {
          LOG.info("fetch {} failed after {} attempt(s): {}", request.uri(), attempt, failed);
        }
        return a.result();
      }
      Duration wait = a.retryAfter() != null ? a.retryAfter() : backoff(attempt);
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        LOG.info("fetch {}: server asks to wait {}, longer than retry.max-retry-after; giving up for now",
            request.uri(), wait);
        return a.result();
      }
      LOG.debug("fetch {} {}; retry {} in {}", request.uri(), failed, attempt + 1, wait);
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Failed(request.uri(), FailureReason.INTERRUPTED, "interrupted", 0, attempt);
      }
    }
  }

  /** The result of one attempt, and how long the server asked us to wait before the next. */
  private record Attempt(FetchResult result, Duration retryAfter) {
    static Attempt of(FetchResult result) {
      return new Attempt(result, null);
    }
  }

  private Attempt fetchOnce(FetchRequest request, int attempt) {
    URI uri = request.uri();
    long limit = request.maxBytes() > 0 ? request.maxBytes() : config.maxBodyBytes();
    long networkNanos = 0; // time in exchanges only: politeness waits and robots.txt are not latency
    for (int hop = 0; ; hop++) {
      String bad = badUrl(uri);
      if (bad != null) {
        return Attempt.of(failed(request, FailureReason.BAD_URL, bad, 0, attempt));
      }
      String refusal = guard.refusal(uri);
      if (refusal != null) {
        return Attempt.of(failed(request, FailureReason.BLOCKED_ADDRESS, refusal, 0, attempt));
      }
      Exchange ex;
      try {
        Duration delay = config.hostDelay();
        if (config.robotsEnabled()) {
          BaseRobotRules rules = robots.rulesFor(uri);
          if (!rules.isAllowed(uri.toString())) {
            String why = RobotsCache.unreachable(rules) ? "robots.txt of the host could not be read (RFC 9309: "
                + "treated as disallowed for now)" : "disallowed by robots.txt for " + config.robotsAgent();
            return Attempt.of(failed(request, FailureReason.ROBOTS_DISALLOWED, uri + ": " + why, 0, attempt));
          }
          delay = withCrawlDelay(delay, rules, uri);
        }
        try (HostThrottle.Permit permit = throttle.acquire(hostKey(uri), delay)) {
          long sent = System.nanoTime();
          try {
            ex = exchange(uri, request.accept().header(), request.etag(), request.lastModified(),
                request.accept()::accepts, limit, false);
          } finally {
            networkNanos += System.nanoTime() - sent;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Attempt.of(failed(request, FailureReason.INTERRUPTED, "interrupted", 0, attempt));
      } catch (LimitedBodySubscriber.BodyTooLargeException e) {
        return Attempt.of(failed(request, FailureReason.TOO_LARGE, uri + ": " + e.getMessage()
            + " (raise " + limitSetting(request) + " to accept it)", 200, attempt));
      } catch (OutOfMemoryError e) {
        // Not the connection's fault: the body did not fit in the heap. Say which knob bounds it.
        return Attempt.of(failed(request, FailureReason.TOO_LARGE, uri + ": out of memory reading the answer "
            + "(limit " + limit + " bytes, heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB): lower " + limitSetting(request) + " or give the JVM more heap (-Xmx)", 0, attempt));
      } catch (HttpConnectTimeoutException e) {
        return Attempt.of(failed(request, FailureReason.TIMEOUT, uri + ": no connection within "
            + config.connectTimeout(), 0, attempt));
      } catch (HttpTimeoutException | TimeoutException e) {
        return Attempt.of(failed(request, FailureReason.TIMEOUT, uri + ": no complete answer within "
            + config.readTimeout(), 0, attempt));
      } catch (IOException e) {
        String what = e instanceof ConnectException ? "cannot connect" : "connection failed";
        return Attempt.of(failed(request, FailureReason.CONNECTION, uri + ": " + what + ": " + e, 0, attempt));
      }

      int status = ex.status();
      if (isRedirect(status)) {
        String location = ex.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return Attempt.of(failed(request, FailureReason.CLIENT_ERROR, uri + ": redirect without Location",
              status, attempt));
        }
        if (hop >= config.maxRedirects()) {
          return Attempt.of(failed(request, FailureReason.TOO_MANY_REDIRECTS, uri + ": more than "
              + config.maxRedirects() + " redirects", status, attempt));
        }
        try {
          uri = uri.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          return Attempt.of(failed(request, FailureReason.BAD_URL, "bad redirect Location '" + location + "'",
              status, attempt));
        }
        continue;
      }
      Duration latency = Duration.ofNanos(networkNanos);
      if (status == 304) {
        return Attempt.of(new NotModified(request.uri(), uri, clock.instant(), latency));
      }
      if (status >= 200 && status < 300) {
        return Attempt.of(success(request, uri, ex, limit, latency, attempt));
      }
      return failure(request, uri, ex, attempt);
    }
  }

  private FetchResult success(FetchRequest request, URI uri, Exchange ex, long limit, Duration latency,
      int attempt) {
    String contentType = ex.headers().firstValue("Content-Type").orElse(null);
    String mediaType = MediaTypes.mediaType(contentType);
    if (!request.accept().accepts(mediaType)) {
      return failed(request, FailureReason.CONTENT_TYPE, uri + ": content type " + mediaType
          + " is not an article page", ex.status(), attempt);
    }
    byte[] body;
    try {
      body = ContentEncodings.decode(ex.body(), ex.headers().firstValue("Content-Encoding").orElse(null), limit);
    } catch (LimitedBodySubscriber.BodyTooLargeException e) {
      return failed(request, FailureReason.TOO_LARGE, uri + ": decoded " + e.getMessage()
          + " (raise the size limit to accept it)", ex.status(), attempt);
    } catch (IOException e) {
      return failed(request, FailureReason.CONTENT_ENCODING, uri + ": " + e.getMessage(), ex.status(), attempt);
    }
    return new Fetched(request.uri(), uri, ex.status(), mediaType, MediaTypes.charset(contentType), body,
        ex.headers(), ex.headers().firstValue("ETag").orElse(null),
        ex.headers().firstValue("Last-Modified").orElse(null), clock.instant(), latency, attempt);
  }

  private Attempt failure(FetchRequest request, URI uri, Exchange ex, int attempt) {
    int status = ex.status();
    String where = uri + ": HTTP " + status;
    if (status == 404) {
      return Attempt.of(failed(request, FailureReason.NOT_FOUND, where, status, attempt));
    }
    if (status == 410) {
      return Attempt.of(failed(request, FailureReason.GONE, where, status, attempt));
    }
    if (status == 429 || status >= 500) {
      FailureReason reason = status == 429 ? FailureReason.RATE_LIMITED : FailureReason.SERVER_ERROR;
      return new Attempt(failed(request, reason, where, status, attempt),
          retryAfter(ex.headers().firstValue("Retry-After").orElse(null)));
    }
    return Attempt.of(failed(request, FailureReason.CLIENT_ERROR, where, status, attempt));
  }

  private static Failed failed(FetchRequest request, FailureReason reason, String message, int status,
      int attempt) {
    return new Failed(request.uri(), reason, message, status, attempt);
  }

  private Duration withCrawlDelay(Duration delay, BaseRobotRules rules, URI uri) {
    long crawlDelayMs = rules.getCrawlDelay();
    if (crawlDelayMs <= 0) {
      return delay;
    }
    Duration crawlDelay = Duration.ofMillis(crawlDelayMs);
    if (crawlDelay.compareTo(config.maxCrawlDelay()) > 0) {
      LOG.debug("Crawl-delay {} of {} capped to host.max-crawl-delay {}", crawlDelay, hostKey(uri),
          config.maxCrawlDelay());
      crawlDelay = config.maxCrawlDelay();
    }
    return crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
  }

  /** robots.txt itself: not subject to robots rules, but to the guard, the host delay and a size cap. */
  private RobotsCache.Response robotsTxt(URI robotsUri) throws InterruptedException {
    URI uri = robotsUri;
    for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      if (badUrl(uri) != null || guard.refusal(uri) != null) {
        // A redirect to where we may not go: robots.txt is unavailable (RFC 9309: no rules).
        return new RobotsCache.Response(404, new byte[0], null);
      }
      Exchange ex;
      try (HostThrottle.Permit permit = throttle.acquire(hostKey(uri), config.hostDelay())) {
        ex = exchange(uri, "text/plain", null, null, m -> true, config.robotsMaxBytes(), true);
      } catch (IOException | TimeoutException e) {
        LOG.debug("robots.txt {}: {}", uri, e.toString());
        return new RobotsCache.Response(0, new byte[0], null);
      }
      if (isRedirect(ex.status()) && ex.headers().firstValue("Location").isPresent()) {
        uri = uri.resolve(ex.headers().firstValue("Location").get().strip());
        continue;
      }
      byte[] body;
      try {
        body = ContentEncodings.decodeTruncating(ex.body(),
            ex.headers().firstValue("Content-Encoding").orElse(null), config.robotsMaxBytes());
      } catch (IOException e) {
        return new RobotsCache.Response(0, new byte[0], null);
      }
      return new RobotsCache.Response(ex.status(), body, ex.headers().firstValue("Content-Type").orElse(null));
    }
    // RFC 9309: after five redirects robots.txt may be assumed unavailable.
    return new RobotsCache.Response(404, new byte[0], null);
  }

  /** A raw response: status, headers and the (possibly still encoded) body. */
  private record Exchange(int status, HttpHeaders headers, byte[] body) {}

  private Exchange exchange(URI uri, String accept, String etag, String lastModified,
      Predicate<String> wanted, long limit, boolean truncate)
      throws IOException, TimeoutException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET()
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", accept)
        .header("Accept-Encoding", "gzip, deflate");
    if (etag != null) {
      builder.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      builder.header("If-Modified-Since", lastModified);
    }
    AtomicReference<LimitedBodySubscriber> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(builder.build(), info -> {
      boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
      boolean wantedType = wanted.test(MediaTypes.mediaType(info.headers().firstValue("Content-Type").orElse(null)));
      LimitedBodySubscriber subscriber = ok && wantedType
          ? new LimitedBodySubscriber(limit, truncate, info.headers().firstValueAsLong("Content-Length").orElse(-1))
          : new LimitedBodySubscriber(ERROR_BODY_BYTES, true, -1);
      body.set(subscriber);
      return subscriber;
    });
    try {
      HttpResponse<byte[]> r = response.get(config.readTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
      return new Exchange(r.statusCode(), r.headers(), r.body());
    } catch (TimeoutException e) {
      LimitedBodySubscriber subscriber = body.get();
      if (subscriber != null) {
        subscriber.cancel();
      }
      response.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof OutOfMemoryError oom) {
        throw oom;
      }
      throw new IOException(cause);
    }
  }

  /** The setting that bounds {@code request}'s body: the feed's or sitemap's own limit, else the fetcher's. */
  static String limitSetting(FetchRequest request) {
    if (request.maxBytes() <= 0) {
      return IngestDefinitions.FETCH_MAX_BODY_BYTES;
    }
    return switch (request.accept()) {
      case FEED -> IngestDefinitions.FEED_MAX_BYTES;
      case SITEMAP -> IngestDefinitions.SITEMAP_MAX_BYTES;
      case HTML -> "the request's size limit";
    };
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String badUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return uri + ": only http and https URLs are fetched";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return uri + ": no host";
    }
    return null;
  }

  private Duration backoff(int attempt) {
    long millis = config.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, config.maxBackoff().toMillis()));
  }

  /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(clock.instant(),
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** The politeness unit: scheme, host and port ({@code https://example.org:443}). */
  static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  @Override
  public void close() {
    // HttpClient has no close() before JDK 21; its threads end when it is garbage collected.
  }
}
