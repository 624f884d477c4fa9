package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FellBehindTest {

  @Test
  void shouldSayARunFellBehindWhenMeasuredArticlesAreMissing() {
    assertThat(FellBehind.test(500, 0, 50, 0)).isTrue();
    assertThat(FellBehind.test(500, 499, 0, 120)).isTrue();
  }

  @Test
  void shouldSayAFixedRateRunFellBehindWhenArticlesCameOutSlowerThanTheRate() {
    assertThat(FellBehind.test(500, 500, 50, 28.8)).isTrue();
    assertThat(FellBehind.test(500, 500, 50, 49.2)).isFalse();
  }

  @Test
  void shouldAcceptAnAsFastAsPossibleRunWhereEveryArticleCameThrough() {
    assertThat(FellBehind.test(500, 500, 0, 28.8)).isFalse();
  }
}
