package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StageBenchmarkTest {

  @Test
  void shouldTimeEveryStageOnTheSameArticles() {
    StageBenchmark.Result result = new StageBenchmark(BenchCorpus.synthetic(1, 2_000, 4_000), 5, Duration.ZERO,
        Duration.ofMillis(300)).run();

    assertThat(result.stages()).extracting(StageBenchmark.StageCost::stage)
        .containsExactlyElementsOf(StageBenchmark.STAGES);
    long articles = result.stages().get(0).articles();
    assertThat(articles).isPositive();
    assertThat(result.stages()).allSatisfy(stage -> {
      assertThat(stage.articles()).isEqualTo(articles);
      assertThat(stage.meanMicros()).isPositive();
    });
    double shares = result.stages().stream().filter(s -> !s.stage().equals("parse"))
        .mapToDouble(StageBenchmark.StageCost::share).sum();
    assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }
}
