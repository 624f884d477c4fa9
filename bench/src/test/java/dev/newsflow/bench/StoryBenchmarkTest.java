package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A small story-assignment run: the shape of the figures, never how fast. */
class StoryBenchmarkTest {

  @Test
  void shouldTimeEveryArticleAndJoinTheFollowUps() {
    StoryBenchmark.Result result = new StoryBenchmark(2_000, 500, 7).run();

    assertThat(result.stories()).isEqualTo(2_000);
    assertThat(result.articles()).isEqualTo(500);
    // Half the timed articles are rewritten follow-ups of a live story: most of them must find it.
    assertThat(result.joined()).isBetween(150, 400);
    assertThat(result.p50Micros()).isPositive();
    assertThat(result.p99Micros()).isGreaterThanOrEqualTo(result.p50Micros());
  }

  @Test
  void shouldRefuseAnEmptyRun() {
    assertThatThrownBy(() -> new StoryBenchmark(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
