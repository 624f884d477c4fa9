package dev.newsflow.ingest.push;

import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP push endpoint, for crawlers and webhooks, on Jetty (its core server, no servlets).
 *
 * <ul>
 *   <li>{@code POST /articles}: one JSON article or an array ({@link ArticleJson} lists the fields), JSON Lines
 *       ({@code application/x-ndjson}), or a raw page
 *       ({@code text/html}, {@code text/plain}) with {@code ?url=}. Answers 202 {@code {"accepted":n,"ids":[...]}}
 *       only once the broker has acknowledged every article (acks=all, idempotent producer): 202 means stored
 *       durably in {@code news.raw}. 400 for invalid input (with {@code index} for an array; JSON nested deeper
 *       than {@value PushRequestReader#MAX_NESTING_DEPTH} levels included), 401 without the bearer token, 403 for
 *       cross-site requests ({@link dev.newsflow.ops.http.CrossSiteGuard}, on every path), 404 for other paths,
 *       405 for other methods, 408 for a body slower than the body timeout, 413 over the size limit or over the
 *       topic's record limit (naming it; resending will not help), 415 for other content types, 503 when the
 *       broker did not acknowledge in time (some articles may have landed; retrying is safe, ids are stable).</li>
 *   <li>{@code GET /status}: the statuses of the service's sources (token required when one is set).</li>
 *   <li>{@code GET /health}: 200 while running (no token).</li>
 * </ul>
 *
 * <p>Slow clients cannot starve it: requests are read without a thread per connection, a client silent for
 * longer than the read timeout or slower with its headers than the header timeout is disconnected
 * ({@link HeaderDeadline}), a body slower than the body timeout gets 408, and at most
 * {@link PushConfig#maxConnections()} connections are served at once.
 *
 * <p>Thread-safe.
 */
public final class PushServer implements IngestSource {

  private static final Logger LOG = LoggerFactory.getLogger(PushServer.class);
  /** Jetty's own threads (one acceptor, one selector) plus the request handlers; no thread waits on a client. */
  private static final int MAX_THREADS = 12;
  private static final int MIN_THREADS = 4;
  /** How long connections left idle get when the connection limit is reached. */
  private static final long IDLE_TIMEOUT_AT_LIMIT_MILLIS = 1_000;

  private final PushConfig config;
  private final ArticlePublisher publisher;
  private final PushRequestReader reader;
  private final Supplier<List<SourceStatus>> statuses;
  private volatile SourceStatus.State state = SourceStatus.State.NEW;
  private Server server;
  private ServerConnector connector;
  private PushHandler handler;
  private volatile InetSocketAddress address;

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
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
    threads.setName("newsflow-push");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.bind());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.readTimeout().toMillis());
    server.addConnector(connector);
    NetworkConnectionLimit limit = new NetworkConnectionLimit(config.maxConnections(), connector);
    limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT_MILLIS);
    server.addBean(limit);
    HeaderDeadline headerDeadline = new HeaderDeadline(server.getScheduler(), config.headerTimeout());
    connector.addBean(headerDeadline);
    handler = new PushHandler(config, publisher, reader, statuses, threads, headerDeadline);
    server.setHandler(new GracefulHandler(handler));
    // On stop: stop accepting, then let requests in hand finish, their acknowledgements included.
    server.setStopTimeout(config.ackTimeout().toMillis() + 1_000);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly();
      throw e instanceof IOException io ? io
          : new IOException("cannot start the push endpoint on " + config.bind() + ":" + config.port(), e);
    }
    address = new InetSocketAddress(InetAddress.getByName(config.bind()), connector.getLocalPort());
    state = SourceStatus.State.RUNNING;
    if (config.token() == null) {
      LOG.warn("the push endpoint on http://{} has no token: {} can publish articles (browsers on other sites"
          + " are refused); set NEWSFLOW_INGEST_TOKEN to require one", hostPort(),
          address.getAddress().isLoopbackAddress() ? "every program on this machine" : "anyone who reaches it");
    }
  }

  /** The address it listens on (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return address;
  }

  /** Stops accepting connections, lets requests in hand finish (their acknowledgements included), then returns. */
  @Override
  public synchronized void stop() {
    if (state != SourceStatus.State.RUNNING) {
      return;
    }
    stopQuietly();
    state = SourceStatus.State.STOPPED;
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("push endpoint did not stop cleanly: {}", e.toString());
    }
  }

  @Override
  public SourceStatus status() {
    String where = state == SourceStatus.State.NEW ? "not started" : "http://" + hostPort() + "/articles";
    return new SourceStatus(name(), state, handler == null ? PushHandler.zeroCounts() : handler.counts(), where);
  }

  private String hostPort() {
    String host = address.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }
}
