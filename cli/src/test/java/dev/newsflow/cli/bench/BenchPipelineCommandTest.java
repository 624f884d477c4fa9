package dev.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchPipelineCommandTest {

  @Test
  void shouldParseRatesAndMax() {
    assertThat(BenchPipelineCommand.parseRate("max")).isZero();
    assertThat(BenchPipelineCommand.parseRate("50/s")).isEqualTo(50.0);
    assertThat(BenchPipelineCommand.parseRate("2.5")).isEqualTo(2.5);
  }

  @Test
  void shouldRefuseNonPositiveOrMalformedRates() {
    assertThatThrownBy(() -> BenchPipelineCommand.parseRate("0/s")).hasMessageContaining("--rate");
    assertThatThrownBy(() -> BenchPipelineCommand.parseRate("fast")).hasMessageContaining("'fast'");
  }
}
