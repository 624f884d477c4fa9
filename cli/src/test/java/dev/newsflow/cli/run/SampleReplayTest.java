package dev.newsflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleReplayTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  @Test
  void shouldReplayEverySampleInTurnUnderAFreshIdFetchedNow() {
    List<RawArticle> samples = BundledSamples.load(new ArticleFileReader());
    Set<String> ids = new HashSet<>();
    samples.forEach(sample -> ids.add(sample.getId()));
    List<RawArticle> replayed = new ArrayList<>();
    try (SampleReplay replay = new SampleReplay(samples, null, Clock.fixed(NOW, ZoneOffset.UTC))) {
      for (int i = 0; i < 2 * samples.size(); i++) {
        replayed.add(replay.next());
      }
    }

    for (int i = 0; i < replayed.size(); i++) {
      RawArticle sample = samples.get(i % samples.size());
      assertThat(replayed.get(i).getContent()).isEqualTo(sample.getContent());
      assertThat(replayed.get(i).getFetchedAt()).isEqualTo(NOW);
      assertThat(ids.add(replayed.get(i).getId())).as("a fresh id").isTrue();
    }
  }

  @Test
  void shouldRefuseARateThatIsNotAboveZero() {
    List<RawArticle> samples = BundledSamples.load(new ArticleFileReader());
    try (SampleReplay replay = new SampleReplay(samples, null, Clock.systemUTC())) {
      assertThatThrownBy(() -> replay.start(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--rate");
    }
  }
}
