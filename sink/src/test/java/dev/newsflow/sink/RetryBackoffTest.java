package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait between tries of a failing store write, alone. */
class RetryBackoffTest {

  private static List<Long> waits(RetryBackoff backoff, int count) {
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      waits.add(backoff.current().toMillis());
      backoff.increase();
    }
    return waits;
  }

  @Test
  void shouldStartWithTheFirstWait() {
    assertThat(new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(30)).current())
        .isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void shouldDoubleTheWaitAfterEachTryUpToTheLongest() {
    // The defaults: 200 ms doubled until 30 s, which it never passes (25.6 s doubled is capped, not 51.2 s).
    RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(30));

    assertThat(waits(backoff, 11))
        .containsExactly(200L, 400L, 800L, 1_600L, 3_200L, 6_400L, 12_800L, 25_600L, 30_000L, 30_000L, 30_000L);
  }

  @Test
  void shouldStartAgainFromTheFirstWaitAfterAReset() {
    RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(350));
    waits(backoff, 4);
    assertThat(backoff.current()).isEqualTo(Duration.ofMillis(350));

    backoff.reset();

    assertThat(waits(backoff, 4)).containsExactly(100L, 200L, 350L, 350L);
  }

  @Test
  void shouldKeepTheWaitWhenTheFirstIsAlsoTheLongest() {
    RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1));

    assertThat(waits(backoff, 3)).containsExactly(1_000L, 1_000L, 1_000L);
  }
}
