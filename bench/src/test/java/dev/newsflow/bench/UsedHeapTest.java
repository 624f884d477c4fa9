package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The heap figures every benchmark reports; sizes are checked with room for what the test JVM does meanwhile. */
class UsedHeapTest {

  private static final int MB = 1 << 20;

  @Test
  void shouldCountWhatALoadKeepsAndReturnIt() {
    UsedHeap.Retained<byte[]> retained = UsedHeap.retainedBy(() -> new byte[32 * MB]);

    assertThat(retained.value()).hasSize(32 * MB);
    // Not exactly 32 MB: whatever else the test JVM frees or keeps between the two readings counts too (a few MB).
    assertThat(retained.bytes()).isBetween(24L * MB, 40L * MB);
  }

  @Test
  void shouldLeaveOutTheGarbageOfALoad() {
    UsedHeap.Retained<Integer> retained = UsedHeap.retainedBy(() -> new byte[32 * MB].length);

    assertThat(retained.value()).isEqualTo(32 * MB);
    assertThat(retained.bytes()).isLessThan(8L * MB);
  }

  @Test
  void shouldPassOnTheFailureOfALoad() {
    assertThatThrownBy(() -> UsedHeap.retainedBy(() -> {
      throw new IOException("no such model");
    })).isInstanceOf(IOException.class).hasMessage("no such model");
  }

  @Test
  void shouldSeeLiveDataInTheUsedHeapAndTheSumOfPoolPeaks() {
    UsedHeap.resetPoolPeaks();
    byte[] kept = new byte[16 * MB];

    assertThat(UsedHeap.afterFullGc()).isGreaterThan(16L * MB);
    assertThat(UsedHeap.now()).isGreaterThan(16L * MB);
    assertThat(UsedHeap.sumOfPoolPeaks()).isGreaterThan(16L * MB);
    assertThat(kept).hasSize(16 * MB);
  }
}
