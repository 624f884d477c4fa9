package dev.newsflow.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and starts test clusters. {@link #shared()} gives the one cluster of this JVM, started on first use and
 * closed when the JVM exits (or earlier by {@link NewsflowClusterExtension} at the end of the test run).
 *
 * <p>The backend comes from the system property {@value #BACKEND_PROPERTY} or the environment variable
 * {@value #BACKEND_ENV}: {@code embedded}, {@code containers} or {@code auto} (the default). {@code auto} uses
 * containers only when Testcontainers finds a Docker engine within a few seconds, and the embedded cluster otherwise
 * (also when Testcontainers is not on the class path or the containers fail to start).
 *
 * <p>Thread-safe.
 */
public final class TestClusters {

  public static final String BACKEND_PROPERTY = "newsflow.test.cluster";
  public static final String BACKEND_ENV = "NEWSFLOW_TEST_CLUSTER";
  /** Docker discovery may try several sockets and hosts; we do not let it delay a test run for long. */
  private static final Duration DOCKER_PROBE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(TestClusters.class);

  private static TestCluster shared;
  private static Thread exitHook;

  private TestClusters() {
  }

  /** Which kind of cluster to run. */
  public enum Backend {
    EMBEDDED, CONTAINERS, AUTO;

    /** Parses {@code embedded}, {@code containers} or {@code auto}, ignoring case; null or blank means AUTO. */
    public static Backend parse(String value) {
      if (value == null || value.isBlank()) {
        return AUTO;
      }
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(BACKEND_PROPERTY + " must be embedded, containers or auto, not '" + value
            + "'", e);
      }
    }
  }

  /** The JVM's shared cluster, started on first call with the configured backend. */
  public static synchronized TestCluster shared() {
    if (shared == null) {
      shared = start(configuredBackend());
      registerExitHook();
    }
    return shared;
  }

  /** Closes the shared cluster, if any; a later {@link #shared()} starts a new one. */
  static synchronized void closeShared() {
    if (shared == null) {
      return;
    }
    TestCluster closing = shared;
    shared = null;
    removeExitHook();
    closing.close();
  }

  /** The backend named by the system property, else the environment variable, else AUTO. */
  public static Backend configuredBackend() {
    String value = System.getProperty(BACKEND_PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(BACKEND_ENV);
    }
    return Backend.parse(value);
  }

  /** Starts a new cluster that the caller owns and must close (tests that need a cluster of their own). */
  public static TestCluster start(Backend backend) {
    long startNanos = System.nanoTime();
    TestCluster cluster = switch (backend) {
      case EMBEDDED -> EmbeddedTestCluster.start();
      case CONTAINERS -> startContainers();
      case AUTO -> startAuto();
    };
    log.info("Test cluster backend: {} ({}={}), Kafka {}, Schema Registry {}, ready in {} ms", cluster.backendName(),
        BACKEND_PROPERTY, backend.name().toLowerCase(Locale.ROOT), cluster.bootstrapServers(),
        cluster.schemaRegistryUrl(), Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
    return cluster;
  }

  private static TestCluster startAuto() {
    if (!isDockerAvailable(DOCKER_PROBE_TIMEOUT)) {
      log.info("No Docker engine found; using the embedded test cluster");
      return EmbeddedTestCluster.start();
    }
    try {
      return startContainers();
    } catch (RuntimeException | LinkageError e) {
      log.warn("Docker is there but the test containers did not start; using the embedded test cluster", e);
      return EmbeddedTestCluster.start();
    }
  }

  /** Goes through a method so that ContainersTestCluster is loaded only here. */
  private static TestCluster startContainers() {
    return ContainersTestCluster.start();
  }

  /**
   * Whether Testcontainers reports a Docker engine within {@code timeout}; false as well when Testcontainers is
   * missing or fails in any way. The probe runs on a daemon thread, so a hanging probe is abandoned, not waited for.
   */
  static boolean isDockerAvailable(Duration timeout) {
    long startNanos = System.nanoTime();
    // the lambda, not a method reference: ContainersTestCluster is then loaded on the probe thread, where a missing
    // Testcontainers shows up as an ExecutionException
    FutureTask<Boolean> probe = new FutureTask<>(() -> ContainersTestCluster.isDockerAvailable());
    Thread thread = new Thread(probe, "newsflow-docker-probe");
    thread.setDaemon(true);
    try {
      thread.start();
      boolean available = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      log.debug("Docker probe answered {} in {} ms", available,
          Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
      return available;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      log.debug("Docker probe failed: {}", e.getCause().toString());
      return false;
    } catch (TimeoutException e) {
      probe.cancel(true);
      log.info("Docker probe gave no answer within {}; assuming no Docker", timeout);
      return false;
    }
  }

  private static void registerExitHook() {
    exitHook = new Thread(TestClusters::closeSharedAtExit, "newsflow-test-cluster-stopper");
    Runtime.getRuntime().addShutdownHook(exitHook);
  }

  private static synchronized void closeSharedAtExit() {
    exitHook = null; // running now; it cannot be removed any more
    closeShared();
  }

  private static void removeExitHook() {
    if (exitHook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the JVM is exiting; the hook has run or is about to and finds nothing to close
    }
    exitHook = null;
  }
}
