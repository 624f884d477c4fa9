package dev.newsflow.sink;

import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of a sink service. Immutable and thread-safe.
 *
 * @param kafka cluster and registry
 * @param topics the enriched topic to read and the DLQ for records that can never be written
 * @param groupId consumer group; instances with the same group share the partitions
 * @param maxBatch most records per store write
 * @param retryBackoff first wait after a failed store write; doubles up to {@code maxRetryBackoff}
 * @param maxRetryBackoff longest wait between store retries
 */
public record SinkConfig(KafkaSettings kafka, TopicNames topics, String groupId, int maxBatch, Duration retryBackoff,
    Duration maxRetryBackoff) {

  public static final String DEFAULT_GROUP_ID = "newsflow-sink";

  public SinkConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(topics, "topics");
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("group id must not be blank");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("max batch must be at least 1: " + maxBatch);
    }
    if (retryBackoff.isNegative() || retryBackoff.isZero() || maxRetryBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException("need 0 < retry backoff <= max retry backoff");
    }
  }

  public static SinkConfig defaults(KafkaSettings kafka) {
    return new SinkConfig(kafka, TopicNames.defaults(), DEFAULT_GROUP_ID, 500, Duration.ofMillis(200),
        Duration.ofSeconds(30));
  }

  public SinkConfig withGroupId(String value) {
    return new SinkConfig(kafka, topics, value, maxBatch, retryBackoff, maxRetryBackoff);
  }

  public SinkConfig withTopics(TopicNames value) {
    return new SinkConfig(kafka, value, groupId, maxBatch, retryBackoff, maxRetryBackoff);
  }
}
