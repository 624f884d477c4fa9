package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StorySettingsTest {

  @Test
  void shouldHaveDefaultsThatLetEntitiesHelpButNotDecide() {
    StorySettings defaults = StorySettings.defaults();

    assertThat(defaults.horizon()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.mergeThreshold()).isGreaterThanOrEqualTo(defaults.threshold());
    assertThat(defaults.minTextSimilarity()).isPositive();
  }

  @Test
  void shouldRefuseSettingsThatCannotWork() {
    StorySettings d = StorySettings.defaults();
    assertThatThrownBy(() -> d.withHorizon(Duration.ZERO)).hasMessageContaining("horizon");
    assertThatThrownBy(() -> new StorySettings(d.threshold(), d.horizon(), 0, d.minTextSimilarity(),
        d.entityWeight(), d.decayHalfLife(), d.mergeThreshold(), d.entityTermWeight()))
        .hasMessageContaining("candidateLimit");
    assertThatThrownBy(() -> new StorySettings(0.5, d.horizon(), 10, d.minTextSimilarity(), d.entityWeight(),
        d.decayHalfLife(), 0.4, d.entityTermWeight())).hasMessageContaining("mergeThreshold");
    assertThatThrownBy(() -> new StorySettings(Double.NaN, d.horizon(), 10, d.minTextSimilarity(),
        d.entityWeight(), d.decayHalfLife(), 0.4, d.entityTermWeight())).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new StorySettings(d.threshold(), d.horizon(), 10, d.minTextSimilarity(),
        d.entityWeight(), d.decayHalfLife(), d.mergeThreshold(), 1.5)).hasMessageContaining("entityTermWeight");
  }

  @Test
  void shouldRaiseTheMergeThresholdWithTheThreshold() {
    assertThat(StorySettings.defaults().withThreshold(0.6).mergeThreshold()).isEqualTo(0.6);
  }
}
