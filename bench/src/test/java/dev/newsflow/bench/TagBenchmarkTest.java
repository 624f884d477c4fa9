package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short tagging run: the shape and consistency of the figures, never how fast. */
class TagBenchmarkTest {

  private static final List<String> TEXTS = List.of(
      "The prime minister met Angela Merkel in Berlin on Tuesday to discuss trade.",
      "Manchester United beat Arsenal 2-1 at Old Trafford, with goals from Marcus Rashford.");

  @Test
  void shouldTagWholePassesAndReportTheKnowledgeBaseLoad() {
    TagBenchmark.Result result = new TagBenchmark(TEXTS, Duration.ZERO, Duration.ofMillis(200)).run();

    NewsTokenizer tokenizer = new NewsTokenizer();
    long tokens = TEXTS.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum();
    assertThat(result.documents()).isEqualTo(2);
    assertThat(result.tokens()).isEqualTo(tokens).isPositive();
    assertThat(result.passes()).isPositive();
    assertThat(result.measuredDocuments()).isEqualTo(2 * result.passes());
    assertThat(result.nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    assertThat(result.cpuNanos()).isPositive();
    assertThat(result.tokensPerSecond()).isCloseTo(result.passes() * tokens / (result.nanos() / 1e9), within(1e-6));
    assertThat(result.documentsPerSecond()).isCloseTo(result.tokensPerSecond() * 2 / tokens, within(1e-6));
    assertThat(result.tokensPerCpuSecond()).isPositive();
    // loaded once per JVM: another test may have loaded it first, so its time and heap may be near zero here
    assertThat(result.knowledgeBase().entries()).isGreaterThan(1000);
    assertThat(result.knowledgeBase().millis()).isNotNegative();
    assertThat(result.knowledgeBase().cpuMillis()).isNotNegative();
  }

  @Test
  void shouldRefuseNoTexts() {
    assertThatThrownBy(() -> new TagBenchmark(List.of(), Duration.ZERO, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
