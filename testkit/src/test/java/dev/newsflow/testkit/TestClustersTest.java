package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.testkit.TestClusters.Backend;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TestClustersTest {

  @Test
  void shouldParseBackendNamesIgnoringCase() {
    assertThat(Backend.parse("Embedded")).isEqualTo(Backend.EMBEDDED);
    assertThat(Backend.parse(" containers ")).isEqualTo(Backend.CONTAINERS);
    assertThat(Backend.parse("auto")).isEqualTo(Backend.AUTO);
    assertThat(Backend.parse(null)).isEqualTo(Backend.AUTO);
    assertThat(Backend.parse("")).isEqualTo(Backend.AUTO);
  }

  @Test
  void shouldRejectUnknownBackendNamingTheProperty() {
    assertThatThrownBy(() -> Backend.parse("kubernetes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TestClusters.BACKEND_PROPERTY);
  }

  @Test
  void shouldReportNoDockerPromptlyWhenThereIsNoEngine() {
    long startNanos = System.nanoTime();

    boolean available = TestClusters.isDockerAvailable(Duration.ofSeconds(10));

    assertThat(available).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void shouldRejectTopicsWithoutPartitionsOrName() {
    assertThatThrownBy(() -> TopicSpecs.of(0, "t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopicSpecs.of(1, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TopicSpecs.of(3, "a", "b")).extracting(t -> t.numPartitions()).containsExactly(3, 3);
  }
}
