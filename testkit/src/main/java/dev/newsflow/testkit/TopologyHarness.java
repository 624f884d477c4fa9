package dev.newsflow.testkit;

import dev.newsflow.schemas.kafka.Topic;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * One {@link TopologyTestDriver} with what it needs to be isolated from every other test and from a running
 * service: a temporary state directory of its own (the Streams default, {@code kafka-streams/<app id>} under
 * {@code java.io.tmpdir}, is shared with a running service and other test runs, and its lock makes them fail or see
 * each other's state) and a mock schema-registry scope of its own ({@code mock://<unique>}, so schema ids never
 * leak between tests). Both are removed on {@link #close()}.
 *
 * <p>Use in two steps: build the topology and its properties from {@link #stateDir()} and {@link #registryUrl()},
 * then {@link #start} it; read and write through typed topics, and assert failure handling through the Streams
 * metrics ({@link #droppedRecords()}). Not thread-safe, like the driver.
 */
public final class TopologyHarness implements AutoCloseable {

  /** Records Streams skipped, by the deserialization or processing exception handlers among others. */
  public static final String DROPPED_RECORDS = "dropped-records-total";

  private final Path stateDir;
  private final String registryScope;
  private TopologyTestDriver driver;
  private boolean closed;

  /** A new state directory and registry scope, with no topology yet. */
  public TopologyHarness() {
    try {
      this.stateDir = Files.createTempDirectory("topology-harness-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a state directory", e);
    }
    this.registryScope = "topology-harness-" + UUID.randomUUID();
  }

  /** This harness's state directory; it exists until {@link #close()}. */
  public Path stateDir() {
    return stateDir;
  }

  /** The scope of this harness's mock registry, for {@code SchemaRegistryClients.mockScope}. */
  public String registryScope() {
    return registryScope;
  }

  /** The registry URL serdes of this harness must be configured with. */
  public String registryUrl() {
    return "mock://" + registryScope;
  }

  /**
   * Runs {@code topology} in the test driver, with {@code properties} and this harness's state directory.
   *
   * @throws IllegalArgumentException if {@code properties} name another state directory
   * @throws IllegalStateException if a topology was started already (one per harness)
   */
  public TopologyHarness start(Topology topology, Properties properties) {
    Objects.requireNonNull(topology, "topology");
    if (closed || driver != null) {
      throw new IllegalStateException(closed ? "closed" : "a topology was started already: one per harness");
    }
    Properties props = new Properties();
    props.putAll(properties);
    Object configured = props.get(StreamsConfig.STATE_DIR_CONFIG);
    if (configured != null && !Path.of(configured.toString()).equals(stateDir)) {
      throw new IllegalArgumentException("state directory " + configured + " is not this harness's own "
          + stateDir + ": a shared one is what the harness exists to avoid");
    }
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(topology, props);
    return this;
  }

  /** The running driver, for its state stores and clock. */
  public TopologyTestDriver driver() {
    if (driver == null) {
      throw new IllegalStateException(closed ? "closed" : "no topology started yet");
    }
    return driver;
  }

  /** Records piped in are written with {@code topic}'s serializers. */
  public <K, V> TestInputTopic<K, V> input(Topic<K, V> topic) {
    return driver().createInputTopic(topic.name(), topic.keySerializer(), topic.valueSerializer());
  }

  /** Records piped in are bytes as given, for poison records that {@code topic}'s serializers could not write. */
  public TestInputTopic<byte[], byte[]> bytesInput(Topic<?, ?> topic) {
    return driver().createInputTopic(topic.name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Records are read with {@code topic}'s deserializers. */
  public <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
    return driver().createOutputTopic(topic.name(), topic.keyDeserializer(), topic.valueDeserializer());
  }

  /** The sum of Streams metric {@code name} over its threads, tasks and processors. */
  public double metricTotal(String name) {
    return MetricTotals.sum(driver().metrics(), name);
  }

  /** The sum of Streams metric {@code name} in {@code group} over its threads, tasks and processors. */
  public double metricTotal(String group, String name) {
    return MetricTotals.sum(driver().metrics(), group, name);
  }

  /** How many records Streams dropped so far (the sum of {@value #DROPPED_RECORDS}). */
  public double droppedRecords() {
    return metricTotal(DROPPED_RECORDS);
  }

  /** Closes the driver, then drops the registry scope and deletes the state directory. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (driver != null) {
        driver.close();
      }
    } finally {
      driver = null;
      SchemaRegistryClients.dropScope(registryScope);
      deleteRecursively(stateDir);
    }
  }

  private static void deleteRecursively(Path root) {
    if (Files.notExists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete state directory " + root, e);
    }
  }
}
