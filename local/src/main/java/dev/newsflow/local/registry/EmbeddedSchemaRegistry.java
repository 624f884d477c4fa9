package dev.newsflow.local.registry;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ops.http.CrossSiteGuard;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small schema registry speaking the Confluent REST API for Avro, for the one-machine stack and tests:
 * subjects and versions (register, look up, fetch, soft and permanent deletes, {@code deleted=true}
 * listings), schemas by id, compatibility levels and checks, and modes (READWRITE, READONLY,
 * READONLY_OVERRIDE, IMPORT with explicit ids); Confluent's response shapes, media types and error JSON
 * ({@code {"error_code": 40401, "message": "Subject 'x' not found."}}). BACKWARD compatibility is enforced
 * by default. Schema ids are global and stable and start at 1. What it does not support (schema
 * references, other schema types, metadata and rule sets) is refused with Confluent's error code, never
 * dropped; docs/registry.md lists every endpoint.
 *
 * <p>With a state file, every change is saved to it (atomically) and a restart resumes with the same ids,
 * versions and modes. Request bodies over {@value #MAX_BODY_BYTES} bytes are refused with 413; cross-site requests
 * (a foreign {@code Origin}, a {@code Host} name an outside DNS could point here) with 403 and error code 40301.
 *
 * <p>Thread-safe: requests are served by a small pool and share one synchronised store.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  /** Largest accepted request body. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  /** The address bound when none is given. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String url;
  private boolean closed;

  private EmbeddedSchemaRegistry(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
    this.url = "http://" + urlHost(server.getAddress()) + ":" + server.getAddress().getPort();
  }

  /** Starts on 127.0.0.1, a free port, without persistence. */
  public static EmbeddedSchemaRegistry start() {
    return start(DEFAULT_HOST, 0, null);
  }

  /**
   * Starts the registry and returns once it accepts requests.
   *
   * @param host             address to bind; null means {@value #DEFAULT_HOST}
   * @param port             port to bind, 0 for a free one
   * @param stateFileOrNull  JSON file to load state from and save it to, or null to keep it in memory
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalStateException if the state file exists but cannot be read
   */
  public static EmbeddedSchemaRegistry start(String host, int port, Path stateFileOrNull) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    String bindHost = host == null || host.isBlank() ? DEFAULT_HOST : host;
    RegistryStateFile stateFile = stateFileOrNull == null ? null : new RegistryStateFile(stateFileOrNull);
    InMemorySchemaStore store = stateFile == null ? new InMemorySchemaStore() : stateFile.load();
    Runnable persist = stateFile == null ? () -> { } : () -> stateFile.saveIfChanged(store);
    RegistryHttpHandler handler = new RegistryHttpHandler(new RegistryApi(store, persist), MAX_BODY_BYTES,
        CrossSiteGuard.standard());

    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindHost, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind the schema registry to " + bindHost + ":" + port, e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads(server.getAddress().getPort()));
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(server, executor);
    LOG.info("Schema registry listening on {} ({})", registry.url,
        stateFile == null ? "in memory" : "state in " + stateFile.path());
    return registry;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return url;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting requests, lets running ones finish (and save) briefly, frees the port. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "EmbeddedSchemaRegistry[" + url + "]";
  }

  /** A host for URLs: loopback for a wildcard bind, brackets around IPv6 literals. */
  private static String urlHost(InetSocketAddress address) {
    InetAddress bound = address.getAddress();
    InetAddress reachable = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
    String literal = reachable.getHostAddress();
    return reachable instanceof Inet6Address ? "[" + literal + "]" : literal;
  }

  private static ThreadFactory daemonThreads(int port) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "schema-registry-" + port + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
