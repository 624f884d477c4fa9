package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.bench.SoakSampler.Sample;
import dev.newsflow.bench.SoakSampler.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The soak verdicts: fitted slopes over the samples after the first. */
class SoakSamplerTest {

  private static final long MB = 1_000_000;

  @Test
  void shouldFitTheSlopeOfALine() {
    assertThat(SoakSampler.slope(new double[] {0, 1, 2, 3}, new double[] {5, 7, 9, 11})).isCloseTo(2, within(1e-9));
    assertThat(SoakSampler.slope(new double[] {1}, new double[] {5})).isZero();
  }

  @Test
  void shouldCallAHeapThatWobblesButDoesNotGrowFlatAndABacklogThatStaysSmallBounded() {
    List<Sample> samples = new ArrayList<>();
    samples.add(new Sample(30, 400 * MB, 900 * MB, 300 * MB, 600, 500, 490)); // warm-up: left out
    for (int i = 2; i <= 40; i++) {
      long heap = (i % 2 == 0 ? 80 : 84) * MB;
      samples.add(new Sample(30.0 * i, heap, 950 * MB, 320 * MB, 600L * i, 600L * i - 15 - i % 3, 600L * i - 30));
    }

    Summary summary = SoakSampler.summarize(samples);

    assertThat(summary.samples()).isEqualTo(39);
    assertThat(summary.heapFlat()).isTrue();
    assertThat(summary.backlogBounded()).isTrue();
    assertThat(summary.maxInFlight()).isEqualTo(17);
    assertThat(SoakSampler.format(summary)).contains("FLAT").contains("BOUNDED");
  }

  @Test
  void shouldCallAHeapThatGrowsEveryMinuteGrowingAndABacklogThatBuildsUpGrowing() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      samples.add(new Sample(30.0 * i, (80 + 5L * i) * MB, 950 * MB, 320 * MB, 600L * i, 600L * i - 20L * i,
          600L * i - 20L * i));
    }

    Summary summary = SoakSampler.summarize(samples);

    assertThat(summary.heapSlopeMbPerMin()).isCloseTo(10, within(1e-6));
    assertThat(summary.heapFlat()).isFalse();
    assertThat(summary.inFlightSlopePerMin()).isCloseTo(40, within(1e-6));
    assertThat(summary.backlogBounded()).isFalse();
    assertThat(SoakSampler.format(summary)).contains("GROWING");
  }
}
