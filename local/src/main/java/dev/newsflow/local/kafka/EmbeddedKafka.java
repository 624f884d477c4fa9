package dev.newsflow.local.kafka;

import dev.newsflow.schemas.kafka.TopicCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker on this machine: one node in KRaft combined mode (broker and controller), started
 * from the Kafka artifacts on the class path, either inside this JVM (fast, for tests) or as a child JVM (for the
 * local stack, so it can be stopped and killed like a server).
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder().build().start()) {
 *   kafka.createTopics(List.of(new NewTopic("news.raw", 3, (short) 1)));
 *   String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 *
 * <p>The data dir holds {@code logs/} (the broker's log dirs) and, for a child process, {@code server.properties}
 * and {@code broker.log}. Without {@link Builder#dataDir(Path)} a temporary dir is used and deleted on
 * {@link #close()}; a given dir is kept, and is formatted only the first time, so a broker started on it again keeps
 * its topics and records. {@link #stop()} followed by {@link #start()} restarts the broker on the same ports.
 *
 * <p>A child-process broker writes its output to {@code broker.log} and ends with its parent: on {@link #stop()},
 * at JVM exit, and also when the parent JVM is killed (see {@link ChildBrokerMain}).
 *
 * <p>Internal topics have one replica and transactions work (exactly-once Kafka Streams can run against it). The
 * defaults can be overridden with {@link Builder#brokerProperty(String, String)}.
 *
 * <p>Thread-safe: the lifecycle methods are synchronized; {@link #bootstrapServers()} and {@link #createTopics}
 * may be called from any thread while the broker runs.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final String host;
  private final Path dataDir;
  private final boolean ownsDataDir;
  private final boolean childProcess;
  private final Map<String, String> overrides;
  private final Duration startTimeout;
  private final Duration stopTimeout;
  private final BrokerRuntime runtime;
  // written once, on the first start; volatile so bootstrapServers() needs no lock while a start is under way
  private volatile int port;
  private volatile int controllerPort;
  private boolean running;
  private boolean closed;

  private EmbeddedKafka(Builder builder, Path dataDir, boolean ownsDataDir) {
    this.host = builder.host;
    this.port = builder.port;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.childProcess = builder.childProcess;
    this.overrides = Map.copyOf(builder.overrides);
    this.startTimeout = builder.startTimeout;
    this.stopTimeout = builder.stopTimeout;
    this.runtime = childProcess ? new ChildProcessBroker(dataDir, builder.childJvmOptions) : new InProcessBroker();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the broker and waits until it answers requests; does nothing if it runs already.
   *
   * @return this, for chaining
   * @throws IllegalStateException if the broker cannot start within the start timeout, or after {@link #close()}
   */
  public synchronized EmbeddedKafka start() {
    if (closed) {
      throw new IllegalStateException("this EmbeddedKafka is closed");
    }
    if (running) {
      return this;
    }
    long startNanos = System.nanoTime();
    assignPortsOnce();
    try {
      Files.createDirectories(dataDir);
      runtime.start(BrokerProperties.create(host, port, controllerPort, dataDir, overrides));
      BrokerAdmin.awaitReady(advertisedHost(), port, startTimeout, runtime::isAlive);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw startFailure(e);
    } catch (Exception e) {
      throw startFailure(e);
    }
    running = true;
    long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    log.info("Kafka broker started on {} in {} ms ({}, data dir {})", bootstrapServers(), millis, runtime.describe(),
        dataDir);
    return this;
  }

  /** Ports are chosen on the first start and kept, so clients can reconnect after a restart. */
  private void assignPortsOnce() {
    if (controllerPort != 0) {
      return;
    }
    int[] free = FreePorts.pick(host, 2);
    if (port == 0) {
      port = free[0];
    }
    controllerPort = free[1] != port ? free[1] : free[0];
  }

  private IllegalStateException startFailure(Exception cause) {
    String where = runtime.describe();
    runtime.stop(stopTimeout); // first, so a child's log is complete
    String logTail = runtime instanceof ChildProcessBroker child
        ? "\nfrom its log " + child.logFile() + ":\n" + child.logExcerpt(10) : "";
    return new IllegalStateException("Kafka broker (" + where + ", data dir " + dataDir + ") did not start: "
        + cause.getMessage() + logTail, cause);
  }

  /** Shuts the broker down cleanly and keeps its data, so {@link #start()} can bring it back; idempotent. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    long stopNanos = System.nanoTime();
    runtime.stop(stopTimeout);
    log.info("Kafka broker on {} stopped in {} ms", bootstrapServers(),
        Duration.ofNanos(System.nanoTime() - stopNanos).toMillis());
  }

  /** Stops the broker and deletes the data dir if it was a temporary one; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      stop();
    } finally {
      closed = true;
      if (ownsDataDir) {
        deleteQuietly(dataDir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      log.warn("Cannot delete the temporary Kafka data dir {}: {}", dir, e.toString());
    }
  }

  /**
   * The {@code host:port} clients connect to.
   *
   * @throws IllegalStateException before the first {@link #start()} (the port is chosen then)
   */
  public String bootstrapServers() {
    int assigned = port;
    if (assigned == 0) {
      throw new IllegalStateException("the broker has not been started yet, so it has no port");
    }
    return advertisedHost() + ":" + assigned;
  }

  private String advertisedHost() {
    return BrokerProperties.advertisedHost(host);
  }

  /** Whether the broker has been started and not stopped since. */
  public synchronized boolean isRunning() {
    return running;
  }

  /** The directory that holds the broker's data (and, for a child process, its config and log). */
  public Path dataDir() {
    return dataDir;
  }

  /** The broker's JVM when it runs as a child process; empty in-process or when not running. */
  public synchronized Optional<ProcessHandle> childProcess() {
    return runtime instanceof ChildProcessBroker child && running ? child.handle() : Optional.empty();
  }

  /**
   * Creates the topics that do not exist yet (existing topics are left unchanged, whatever their settings).
   *
   * @throws IllegalStateException if the broker is not running or a topic cannot be created
   */
  public void createTopics(Collection<NewTopic> topics) {
    Objects.requireNonNull(topics, "topics");
    String bootstrap;
    synchronized (this) {
      if (!running) {
        throw new IllegalStateException("the broker is not running");
      }
      bootstrap = bootstrapServers();
    }
    TopicCreator.createIfAbsent(bootstrap, topics, startTimeout);
  }

  @Override
  public String toString() {
    return "EmbeddedKafka[" + (port == 0 ? host : host + ":" + port) + (childProcess ? ", child process" : "")
        + ", " + dataDir + "]";
  }

  /** Settings for an {@link EmbeddedKafka}. Not thread-safe; build one broker per builder. */
  public static final class Builder {

    private Path dataDir;
    private int port;
    private String host = "127.0.0.1";
    private boolean childProcess;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final List<String> childJvmOptions = new ArrayList<>(List.of("-Xmx512m", "-Djava.awt.headless=true"));
    private Duration startTimeout = Duration.ofSeconds(60);
    private Duration stopTimeout = Duration.ofSeconds(30);

    private Builder() {
    }

    /** Where the broker keeps its data; kept on close and reused (not reformatted) on the next start. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** The client port; 0 (the default) picks a free one. The controller port is always picked free. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind and advertise; default 127.0.0.1 (not reachable from other machines). */
    public Builder host(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host.strip();
      return this;
    }

    /** Run the broker in a child JVM (true) or in this JVM (false, the default). */
    public Builder childProcess(boolean childProcess) {
      this.childProcess = childProcess;
      return this;
    }

    /** Sets a broker config ({@code server.properties} entry), overriding our default for it. */
    public Builder brokerProperty(String name, String value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("property name must not be blank");
      }
      overrides.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds a JVM option for the child process (e.g. {@code -Xmx1g}); ignored in-process. */
    public Builder childJvmOption(String option) {
      if (option == null || option.isBlank()) {
        throw new IllegalArgumentException("JVM option must not be blank");
      }
      childJvmOptions.add(option);
      return this;
    }

    /** How long {@link #start()} waits for the broker to answer; default 60 s. */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = requirePositive(timeout, "startTimeout");
      return this;
    }

    /** How long a child process may take to shut down before it is killed; default 30 s. */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = requirePositive(timeout, "stopTimeout");
      return this;
    }

    private static Duration requirePositive(Duration timeout, String name) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + timeout);
      }
      return timeout;
    }

    /** Creates the broker (not started; see {@link EmbeddedKafka#start()}). */
    public EmbeddedKafka build() {
      if (dataDir != null) {
        return new EmbeddedKafka(this, dataDir.toAbsolutePath(), false);
      }
      try {
        return new EmbeddedKafka(this, Files.createTempDirectory("newsflow-kafka-"), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary Kafka data dir", e);
      }
    }
  }
}
