package dev.newsflow.testkit;

/**
 * A Kafka cluster plus a Confluent-API Schema Registry for integration tests. Implementations are thread-safe:
 * tests running in parallel may share one.
 */
public interface TestCluster extends AutoCloseable {

  /** The {@code host:port} list for Kafka clients. */
  String bootstrapServers();

  /** The registry's base URL, e.g. {@code http://127.0.0.1:8081}. */
  String schemaRegistryUrl();

  /**
   * Creates topics with one replica and the given partitions; topics that exist already are left as they are, so
   * tests sharing the cluster should use their own topic names.
   */
  void createTopics(int partitions, String... names);

  /** Which backend this is: {@code embedded} or {@code containers}. */
  String backendName();

  /** Stops the cluster; idempotent. */
  @Override
  void close();
}
