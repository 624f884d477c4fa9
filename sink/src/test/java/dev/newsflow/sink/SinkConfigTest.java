package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

  private static final KafkaSettings KAFKA = new KafkaSettings("unused:9092", "mock://sink-config-test");

  @Test
  void shouldDefaultToBatchesOf500Or500msAndBackoffFrom200msTo30s() {
    SinkConfig config = SinkConfig.defaults(KAFKA);

    assertThat(config.groupId("duckdb")).isEqualTo("newsflow-sink-duckdb");
    assertThat(config.maxBatch()).isEqualTo(500);
    assertThat(config.maxBatchWait()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(config.maxRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.maxTries()).isEqualTo(3);
  }

  @Test // issue 14: a second sink of another store with the default group stored nothing
  void shouldGiveEachStoreItsOwnDefaultGroup() {
    SinkConfig config = SinkConfig.defaults(KAFKA);

    assertThat(config.groupId("duckdb")).isNotEqualTo(config.groupId("jsonl")).isNotEqualTo(config.groupId("postgres"));
    assertThat(config.groupId("jsonl")).isEqualTo("newsflow-sink-jsonl");
  }

  @Test
  void shouldKeepEarlierChangesAcrossWithers() {
    SinkConfig config = SinkConfig.defaults(KAFKA).withGroupId("g").withBatching(10, Duration.ofSeconds(2))
        .withTopics(new TopicNames("r", "e", "d")).withRetries(Duration.ofMillis(50), Duration.ofSeconds(1), 5);

    assertThat(config.groupId("duckdb")).isEqualTo("g");
    assertThat(config.maxBatch()).isEqualTo(10);
    assertThat(config.maxBatchWait()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.topics().enriched()).isEqualTo("e");
    assertThat(config.maxTries()).isEqualTo(5);
  }

  @Test
  void shouldReadSettingsAsUsersTypeThem() {
    SinkConfig config = SinkConfig.of(KAFKA, TopicNames.defaults(), Map.of("max.batch", "50", "max.batch.wait", "2s"));

    assertThat(config.maxBatch()).isEqualTo(50);
    assertThat(config.maxBatchWait()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void shouldRefuseWaitsThatWouldDropTheConsumerFromItsGroup() {
    assertThatThrownBy(() -> SinkConfig.defaults(KAFKA).withBatching(10, Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max.batch.wait")
        .hasMessageContaining("at most 1m");
    assertThatThrownBy(() -> SinkConfig.defaults(KAFKA).withRetries(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry.max.backoff");
    assertThatThrownBy(() -> SinkConfig.defaults(KAFKA).withBatching(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max.batch");
  }
}
