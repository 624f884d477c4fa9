package dev.newsflow.testkit;

import dev.newsflow.local.kafka.EmbeddedKafka;
import dev.newsflow.local.registry.EmbeddedSchemaRegistry;

/**
 * The in-JVM test cluster: an in-process {@link EmbeddedKafka} on a temporary data dir and an
 * {@link EmbeddedSchemaRegistry} without a state file, both on free localhost ports. Needs no Docker. Thread-safe.
 */
public final class EmbeddedTestCluster implements TestCluster {

  public static final String BACKEND_NAME = "embedded";

  private final EmbeddedKafka kafka;
  private final EmbeddedSchemaRegistry registry;
  private boolean closed;

  private EmbeddedTestCluster(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  /** Starts a broker and a registry; returns when both serve requests. */
  public static EmbeddedTestCluster start() {
    EmbeddedKafka kafka = EmbeddedKafka.builder().build();
    try {
      kafka.start();
      return new EmbeddedTestCluster(kafka, EmbeddedSchemaRegistry.start("127.0.0.1", 0, null));
    } catch (RuntimeException | Error e) {
      kafka.close();
      throw e;
    }
  }

  @Override
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  @Override
  public String schemaRegistryUrl() {
    return registry.url();
  }

  @Override
  public void createTopics(int partitions, String... names) {
    kafka.createTopics(TopicSpecs.of(partitions, names));
  }

  @Override
  public String backendName() {
    return BACKEND_NAME;
  }

  /** The broker, for tests that need more than the {@link TestCluster} view (e.g. restarting it). */
  public EmbeddedKafka kafka() {
    return kafka;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      registry.close();
    } finally {
      kafka.close();
    }
  }

  @Override
  public String toString() {
    return "EmbeddedTestCluster[kafka " + kafka.bootstrapServers() + ", registry " + registry.url() + "]";
  }
}
