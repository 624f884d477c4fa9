package dev.newsflow.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimHashBandsTest {

  @Test
  void shouldCoverAll64BitsWithDisjointBands() {
    for (int count = 1; count <= SimHashBands.MAX_BANDS; count++) {
      SimHashBands bands = new SimHashBands(count);
      int total = 0;
      for (int i = 0; i < count; i++) {
        total += bands.width(i);
      }
      assertThat(total).as("bits of %d bands", count).isEqualTo(64);
    }
    SimHashBands four = SimHashBands.forMaxDistance(3);
    assertThat(four.count()).isEqualTo(4);
    assertThat(four.band(0x1234_5678_9abc_def0L, 0)).isEqualTo(0xdef0L);
    assertThat(four.band(0x1234_5678_9abc_def0L, 3)).isEqualTo(0x1234L);
    assertThat(new SimHashBands(1).band(-1L, 0)).isEqualTo(-1L);
  }

  @Test
  void shouldMakeEveryPairWithinTheDistanceShareABand() {
    SplittableRandom random = new SplittableRandom(42);
    for (int maxDistance = 0; maxDistance <= DedupeSettings.MAX_DISTANCE; maxDistance++) {
      SimHashBands bands = SimHashBands.forMaxDistance(maxDistance);
      for (int trial = 0; trial < 2_000; trial++) {
        long a = random.nextLong();
        long b = a;
        for (int flip = 0; flip < maxDistance; flip++) {
          b ^= 1L << random.nextInt(64);
        }
        assertThat(bands.shareBand(a, b)).as("distance %d with %d bands", Long.bitCount(a ^ b), bands.count())
            .isTrue();
      }
    }
  }

  @Test
  void shouldSplitUnevenWidthsWiderFirst() {
    SimHashBands three = new SimHashBands(3);
    assertThat(three.width(0)).isEqualTo(22);
    assertThat(three.width(1)).isEqualTo(21);
    assertThat(three.width(2)).isEqualTo(21);
    assertThat(three.band(1L << 22, 1)).isEqualTo(1L);
  }

  @Test
  void shouldRejectBadBandCountsAndIndexes() {
    assertThatThrownBy(() -> new SimHashBands(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SimHashBands(9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..8");
    assertThatThrownBy(() -> new SimHashBands(4).band(0L, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
