package dev.newsflow.tagging.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCacheTest {

  @Test
  void findsWhatWasPutAndNothingElseAcrossGrowth() {
    PairCache<String> cache = new PairCache<>(100_000);
    Map<Long, String> reference = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      int a = random.nextInt(5_000);
      int b = random.nextInt(5_000);
      long key = PairCache.key(a, b);
      if (!reference.containsKey(key)) {
        cache.put(key, a + "," + b);
        reference.put(key, a + "," + b);
      }
    }
    assertThat(cache.size()).isEqualTo(reference.size());
    reference.forEach((key, value) -> assertThat(cache.get(key)).isEqualTo(value));
    assertThat(cache.get(PairCache.key(6_000, 1))).isNull();
  }

  @Test
  void orderOfThePairMatters() {
    PairCache<String> cache = new PairCache<>(10);
    cache.put(PairCache.key(1, 2), "1,2");
    assertThat(cache.get(PairCache.key(2, 1))).isNull();
    assertThat(cache.get(PairCache.key(1, 2))).isEqualTo("1,2");
  }

  @Test
  void emptiesItselfAtItsBound() {
    PairCache<String> cache = new PairCache<>(3);
    cache.put(PairCache.key(0, 1), "a");
    cache.put(PairCache.key(0, 2), "b");
    cache.put(PairCache.key(0, 3), "c");
    cache.put(PairCache.key(0, 4), "d");
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(PairCache.key(0, 1))).isNull();
    assertThat(cache.get(PairCache.key(0, 4))).isEqualTo("d");
  }

  @Test
  void theEmptyMarkerCannotBeAKey() {
    assertThatThrownBy(() -> new PairCache<String>(4).put(-1L, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
