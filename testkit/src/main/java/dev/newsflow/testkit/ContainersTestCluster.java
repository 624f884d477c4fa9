package dev.newsflow.testkit;

import dev.newsflow.schemas.kafka.TopicCreator;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Docker test cluster: Apache Kafka ({@value #KAFKA_IMAGE}) and Confluent Schema Registry
 * ({@value #REGISTRY_IMAGE}) containers on a private network; the registry reaches Kafka by its network alias.
 * Testing against Confluent's own registry checks our registry client and serde for compatibility.
 *
 * <p>This is the only class that refers to Testcontainers: nothing loads it unless the containers backend is chosen,
 * so modules without Testcontainers or Docker never need it. Thread-safe.
 */
public final class ContainersTestCluster implements TestCluster {

  public static final String BACKEND_NAME = "containers";
  static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
  static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:7.9.0";
  private static final String KAFKA_ALIAS = "kafka";
  /** A listener only for containers on the network; the mapped port is for clients in this JVM. */
  private static final String KAFKA_NETWORK_LISTENER = KAFKA_ALIAS + ":19092";
  private static final int REGISTRY_PORT = 8081;
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final Network network;
  private final KafkaContainer kafka;
  private final GenericContainer<?> registry;
  private boolean closed;

  private ContainersTestCluster(Network network, KafkaContainer kafka, GenericContainer<?> registry) {
    this.network = network;
    this.kafka = kafka;
    this.registry = registry;
  }

  /** Whether Testcontainers finds a Docker engine (may take a few seconds; callers bound the wait). */
  static boolean isDockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  /** Starts both containers (pulling the images if needed); returns when the registry answers. */
  public static ContainersTestCluster start() {
    Network network = Network.newNetwork();
    KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
        .withNetwork(network)
        .withNetworkAliases(KAFKA_ALIAS)
        .withListener(KAFKA_NETWORK_LISTENER);
    GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
        .withNetwork(network)
        .withExposedPorts(REGISTRY_PORT)
        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_NETWORK_LISTENER)
        .dependsOn(kafka)
        .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
    try {
      kafka.start();
      registry.start();
      return new ContainersTestCluster(network, kafka, registry);
    } catch (RuntimeException | Error e) {
      registry.stop();
      kafka.stop();
      network.close();
      throw e;
    }
  }

  @Override
  public String bootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String schemaRegistryUrl() {
    return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
  }

  @Override
  public void createTopics(int partitions, String... names) {
    TopicCreator.createIfAbsent(bootstrapServers(), TopicSpecs.of(partitions, names), ADMIN_TIMEOUT);
  }

  @Override
  public String backendName() {
    return BACKEND_NAME;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      registry.stop();
      kafka.stop();
    } finally {
      network.close();
    }
  }

  @Override
  public String toString() {
    return "ContainersTestCluster[kafka " + bootstrapServers() + ", registry " + schemaRegistryUrl() + "]";
  }
}
