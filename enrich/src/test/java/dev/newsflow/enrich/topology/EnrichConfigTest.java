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
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe retention");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeRetention(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupe retention");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMaxDistance(8).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max Hamming distance must be 0..7: 8");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMaxDistance(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max Hamming distance");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).dedupeMinWords(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min words must be at least 1: 0");
  }

  @Test
  void shouldStillRejectBadCoreSettings() {
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).threads(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> EnrichConfig.builder(KAFKA).processingGuarantee("exactly_once").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processing guarantee");
  }
}
