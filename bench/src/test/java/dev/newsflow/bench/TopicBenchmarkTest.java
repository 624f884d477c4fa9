package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.tagging.topics.DefaultTopicClassifier;
import dev.newsflow.tagging.topics.TopicClassifier;
import dev.newsflow.tagging.topics.TopicInput;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short classification run: the shape and consistency of the figures, never how fast. */
class TopicBenchmarkTest {

  private static final List<TopicInput> ITEMS = List.of(
      TopicInput.ofText("Budget cuts income tax", "The chancellor told MPs his budget would cut income tax."),
      TopicInput.ofText(null, "The goalkeeper saved two penalties as the holders reached the semi-finals."));

  @Test
  void shouldClassifyWholePassesAndCarryTheClassifiersHeap() {
    UsedHeap.Retained<TopicClassifier> classifier = TopicBenchmark.load(DefaultTopicClassifier::load);

    TopicBenchmark.Result result = new TopicBenchmark(classifier, ITEMS, Duration.ZERO, Duration.ofMillis(200)).run();

    long chars = ITEMS.stream().mapToLong(i -> i.text().length() + i.title().length()).sum();
    assertThat(result.articles()).isEqualTo(2);
    assertThat(result.averageChars()).isEqualTo(chars / 2);
    assertThat(result.classified()).isPositive().isEven();
    assertThat(result.nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    assertThat(result.articlesPerSecond()).isCloseTo(result.classified() / result.seconds(), within(1e-6));
    assertThat(result.cpuNanos()).isPositive();
    assertThat(result.articlesPerCpuSecond()).isCloseTo(result.classified() / (result.cpuNanos() / 1e9), within(1e-6));
    assertThat(result.topicsReturned()).isGreaterThanOrEqualTo(result.classified());
    assertThat(result.classifierHeapBytes()).isEqualTo(classifier.bytes());
  }

  @Test
  void shouldRefuseNoArticles() {
    UsedHeap.Retained<TopicClassifier> classifier = new UsedHeap.Retained<>(in -> List.of(), 0);

    assertThatThrownBy(() -> new TopicBenchmark(classifier, List.of(), Duration.ZERO, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
