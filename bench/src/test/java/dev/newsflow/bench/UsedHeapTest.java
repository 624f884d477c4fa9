package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap figures every benchmark reports; sizes are checked with room for what the test JVM does meanwhile. */
class UsedHeapTest {

  private static final int MB = 1 << 20;
  private static final int CHUNK = 64 << 10;

  private static List<byte[]> chunks(int bytes) {
    List<byte[]> chunks = new ArrayList<>();
    for (int i = 0; i < bytes / CHUNK; i++) {
      chunks.add(new byte[CHUNK]);
    }
    return chunks;
  }

  @Test
  void shouldCountWhatALoadKeepsAndReturnIt() {
    // Many small arrays, not one big one, so that no collector keeps it in regions of its own; and a large load, so
    // that what the rest of the test JVM keeps meanwhile (up to 16 MB seen in CI) is small beside it.
    UsedHeap.Retained<List<byte[]>> retained = UsedHeap.retainedBy(() -> chunks(256 * MB));

    assertThat(retained.value()).hasSize(256 * MB / CHUNK);
    assertThat(retained.bytes()).isBetween(240L * MB, 288L * MB);
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
