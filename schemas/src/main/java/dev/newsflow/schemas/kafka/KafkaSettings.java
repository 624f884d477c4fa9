package dev.newsflow.schemas.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a service finds its cluster: the Kafka bootstrap servers, the Schema Registry URL, and any extra Kafka
 * client properties (SASL, SSL, timeouts) passed through unchanged. Immutable and thread-safe.
 *
 * @param bootstrapServers comma-separated host:port list
 * @param schemaRegistryUrl one or more comma-separated registry URLs, or {@code mock://scope} in unit tests
 * @param clientProperties extra properties given to every Kafka client and serde
 */
public record KafkaSettings(String bootstrapServers, String schemaRegistryUrl, Map<String, String> clientProperties) {

  public KafkaSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrap servers must be given (e.g. localhost:9092)");
    }
    if (schemaRegistryUrl == null || schemaRegistryUrl.isBlank()) {
      throw new IllegalArgumentException("a schema registry URL must be given (e.g. http://localhost:8081)");
    }
    clientProperties = Map.copyOf(Objects.requireNonNullElse(clientProperties, Map.of()));
  }

  public KafkaSettings(String bootstrapServers, String schemaRegistryUrl) {
    this(bootstrapServers, schemaRegistryUrl, Map.of());
  }

  /** Properties common to every client: bootstrap servers, pass-through properties, registry URL for serdes. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(clientProperties);
    config.put("bootstrap.servers", bootstrapServers);
    config.put("schema.registry.url", schemaRegistryUrl);
    return config;
  }
}
