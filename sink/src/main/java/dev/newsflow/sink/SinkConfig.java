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
 * @param maxBatch a batch is written once it holds this many records
 * @param maxBatchWait ... or once this long has passed since its first record arrived, whichever comes first
 * @param retryBackoff first wait after a failed store write; doubles up to {@code maxRetryBackoff}
 * @param maxRetryBackoff longest wait between store retries
 * @param maxTries tries of a batch that fails with a permanent (data) error before it is split in halves to
 *     isolate the record at fault; a single record failing this often goes to the DLQ. Transient errors (store
 *     down) are retried without bound.
 */
public record SinkConfig(KafkaSettings kafka, TopicNames topics, String groupId, int maxBatch, Duration maxBatchWait,
    Duration retryBackoff, Duration maxRetryBackoff, int maxTries) {

  public static final String DEFAULT_GROUP_ID = "newsflow-sink";

  public SinkConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(maxBatchWait, "maxBatchWait");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("group id must not be blank");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("max batch must be at least 1: " + maxBatch);
    }
    if (maxBatchWait.isNegative()) {
      throw new IllegalArgumentException("max batch wait must not be negative: " + maxBatchWait);
    }
    if (retryBackoff.isNegative() || retryBackoff.isZero() || maxRetryBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException("need 0 < retry backoff <= max retry backoff");
    }
    // The consumer must poll within max.poll.interval.ms (5 min by default) to stay in the group.
    if (maxRetryBackoff.compareTo(Duration.ofMinutes(1)) > 0 || maxBatchWait.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("max retry backoff and max batch wait must be at most one minute");
    }
    if (maxTries < 1) {
      throw new IllegalArgumentException("max tries must be at least 1: " + maxTries);
    }
  }

  public static SinkConfig defaults(KafkaSettings kafka) {
    return new SinkConfig(kafka, TopicNames.defaults(), DEFAULT_GROUP_ID, 500, Duration.ofMillis(500),
        Duration.ofMillis(200), Duration.ofSeconds(30), 3);
  }

  public SinkConfig withGroupId(String value) {
    return new SinkConfig(kafka, topics, value, maxBatch, maxBatchWait, retryBackoff, maxRetryBackoff, maxTries);
  }

  public SinkConfig withTopics(TopicNames value) {
    return new SinkConfig(kafka, value, groupId, maxBatch, maxBatchWait, retryBackoff, maxRetryBackoff, maxTries);
  }

  public SinkConfig withBatching(int records, Duration wait) {
    return new SinkConfig(kafka, topics, groupId, records, wait, retryBackoff, maxRetryBackoff, maxTries);
  }

  public SinkConfig withRetries(Duration backoff, Duration maxBackoff, int tries) {
    return new SinkConfig(kafka, topics, groupId, maxBatch, maxBatchWait, backoff, maxBackoff, tries);
  }
}
