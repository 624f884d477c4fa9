package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.enrich.dedupe.DedupeSettings;
import dev.newsflow.schemas.kafka.KafkaSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

  private static final KafkaSettings KAFKA = new KafkaSettings("unused:9092", "mock://enrich-config-test");

  @Test
  void shouldDefaultDedupeToSevenDaysDistanceThreeAndFiftyWords() {
    EnrichConfig config = EnrichConfig.builder(KAFKA).build();
    assertThat(config.dedupe()).isEqualTo(DedupeSettings.defaults());
    assertThat(config.dedupe().retention()).isEqualTo(Duration.ofDays(7));
    assertThat(config.dedupe().maxDistance()).isEqualTo(3);
    assertThat(config.dedupe().minWords()).isEqualTo(50);
  }

  @Test
  void shouldTakeDedupeSettingsFromTheBuilder() {
    EnrichConfig config = EnrichConfig.builder(KAFKA).dedupeRetention(Duration.ofHours(12)).dedupeMaxDistance(5)
        .dedupeMinWords(20).build();
    assertThat(config.dedupe()).isEqualTo(new DedupeSettings(Duration.ofHours(12), 5, 20));
    assertThat(config.dedupe().bands().count()).isEqualTo(6);
  }

  @Test
  void shouldRejectInvalidDedupeSettingsWithAClearMessage() {
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeRetention(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe.retention")
        .hasMessageContaining("at least 1m");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeRetention(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe.retention");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMaxDistance(8).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe.max.distance")
        .hasMessageContaining("no more than 7");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMaxDistance(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe.max.distance");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMinWords(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe.min.words")
        .hasMessageContaining("at least 1");
  }

  @Test
  void shouldStillRejectBadCoreSettings() {
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).threads(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).processingGuarantee("exactly_once").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processing.guarantee")
        .hasMessageContaining("exactly_once_v2");
  }

  @Test
  void shouldRunOneStreamThreadPerProcessorUnlessToldOtherwise() {
    int processors = Runtime.getRuntime().availableProcessors();

    assertThat(EnrichConfig.builder(KAFKA).build().threads()).isEqualTo(processors);
    assertThat(EnrichConfig.builder(KAFKA).build().streamsProperties())
        .containsEntry("num.stream.threads", processors);
    assertThat(EnrichConfig.builder(KAFKA).threads(1).build().threads()).isEqualTo(1);
  }

  @Test
  void shouldReadEverySettingFromItsKeyAsUsersTypeIt() {
    EnrichConfig config = EnrichConfig.of(KAFKA, dev.newsflow.schemas.kafka.TopicNames.defaults(), java.util.Map.of(
        "threads", "2", "dedupe.retention", "48h", "clean.time.budget", "1500ms", "topics.model", "my.tsv",
        "topics.blend", "0.25", "state.dir", "/var/lib/newsflow/streams"));
    assertThat(config.threads()).isEqualTo(2);
    assertThat(config.dedupe().retention()).isEqualTo(Duration.ofHours(48));
    assertThat(config.cleanLimits().timeBudget()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.tagging().topicModel()).hasToString("my.tsv");
    assertThat(config.tagging().topicBlend()).isEqualTo(0.25);
    assertThat(config.streamsProperties()).containsEntry("state.dir", "/var/lib/newsflow/streams")
        .containsEntry("num.stream.threads", 2);
  }

  @Test // issue 14: enrich and every test shared Kafka Streams' /tmp/kafka-streams and its lock
  void shouldKeepItsStateInItsOwnDataDirByDefault() {
    EnrichConfig config = EnrichConfig.builder(KAFKA).build();

    assertThat(config.stateDir()).isEqualTo(java.nio.file.Path.of(".newsflow", "enrich", "state"));
    assertThat(config.streamsProperties()).containsEntry("state.dir",
        java.nio.file.Path.of(".newsflow/enrich/state").toAbsolutePath().toString());
  }

  @Test
  void shouldSizeTheProducerAndInternalTopicsForMaxRecordBytesAndHandleOversizedRecords() {
    EnrichConfig config = EnrichConfig.builder(KAFKA).maxRecordBytes(8 * 1024 * 1024).build();

    assertThat(config.streamsProperties())
        .containsEntry("producer.max.request.size", 8 * 1024 * 1024)
        .containsEntry("topic.max.message.bytes", 8 * 1024 * 1024)
        .containsEntry("production.exception.handler", OversizedRecordExceptionHandler.class.getName());
    assertThat(EnrichConfig.builder(KAFKA).build().maxRecordBytes()).isEqualTo(16 * 1024 * 1024);
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).maxRecordBytes(1000).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max.record.bytes");
  }

  @Test
  void shouldRefuseABlendOutsideZeroToOne() {
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).set(EnrichConfig.TOPICS_BLEND, "1.5").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topics.blend");
  }
}
