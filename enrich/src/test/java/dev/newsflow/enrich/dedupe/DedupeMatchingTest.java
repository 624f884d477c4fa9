package dev.newsflow.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kafka-free pieces of dedupe: revisions, originals, index entries and the near-duplicate matcher. */
class DedupeMatchingTest {

  private static final long HASH = 0x0f0f_0f0f_0f0f_0f0fL;
  private final NearDuplicateMatcher matcher = new NearDuplicateMatcher(3);

  @Test
  void shouldClassifyRevisionsByContentHash() {
    assertThat(ContentRevision.of(null, "h1")).isEqualTo(ContentRevision.NEW);
    assertThat(ContentRevision.of("h1", "h1")).isEqualTo(ContentRevision.REPEAT);
    assertThat(ContentRevision.of("h1", "h2")).isEqualTo(ContentRevision.UPDATE);
  }

  @Test
  void shouldPickTheEarliestOriginalWithinTheDistance() {
    IndexEntry first = new IndexEntry("a", HASH ^ 0b111, new Original("a", 100));
    IndexEntry copy = new IndexEntry("b", HASH, new Original("a", 100));
    IndexEntry later = new IndexEntry("c", HASH ^ 1, new Original("c", 200));
    IndexEntry far = new IndexEntry("d", HASH ^ 0b1111, new Original("d", 50));

    assertThat(matcher.match("x", HASH, List.of(later, far, copy, first), null)).isEqualTo(new Original("a", 100));
    assertThat(matcher.match("x", HASH, List.of(later), null)).isEqualTo(new Original("c", 200));
    assertThat(matcher.match("x", HASH, List.of(later), new Original("z", 10))).isEqualTo(new Original("z", 10));
    assertThat(matcher.match("x", HASH, List.of(far), null)).isNull();
  }

  @Test
  void shouldNeverMatchAnArticleWithItselfOrItsOwnCopies() {
    IndexEntry ownEarlierVersion = new IndexEntry("a", HASH, new Original("a", 100));
    IndexEntry copyOfMe = new IndexEntry("b", HASH, new Original("a", 100));
    assertThat(matcher.match("a", HASH, List.of(ownEarlierVersion, copyOfMe), null)).isNull();
  }

  @Test
  void shouldBreakTiesByIdSoEveryPartitionAgrees() {
    Original b = new Original("b", 5);
    Original a = new Original("a", 5);
    assertThat(b.earlier(a)).isEqualTo(a);
    assertThat(a.earlier(b)).isEqualTo(a);
    assertThat(a.earlier(null)).isEqualTo(a);
  }

  @Test
  void shouldRoundTripIndexEntries() {
    IndexEntry entry = new IndexEntry("id-é", -7L, new Original("orig", 1_700_000_000_000L));
    assertThat(IndexEntry.fromBytes(entry.toBytes())).isEqualTo(entry);
    assertThatThrownBy(() -> IndexEntry.fromBytes(new byte[] {9})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldValidateDedupeSettings() {
    DedupeSettings defaults = DedupeSettings.defaults();
    assertThat(defaults.retention()).isEqualTo(Duration.ofDays(7));
    assertThat(defaults.maxDistance()).isEqualTo(3);
    assertThat(defaults.minWords()).isEqualTo(50);
    assertThat(defaults.bands().count()).isEqualTo(4);
    assertThat(defaults.nearDuplicateCandidate(49)).isFalse();
    assertThat(defaults.nearDuplicateCandidate(50)).isTrue();

    assertThatThrownBy(() -> new DedupeSettings(Duration.ofSeconds(5), 3, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> new DedupeSettings(Duration.ofDays(400), 3, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> new DedupeSettings(Duration.ofDays(7), 8, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..7");
    assertThatThrownBy(() -> new DedupeSettings(Duration.ofDays(7), -1, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
    assertThatThrownBy(() -> new DedupeSettings(Duration.ofDays(7), 3, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min words");
    assertThatThrownBy(() -> new DedupeSettings(null, 3, 50)).isInstanceOf(IllegalArgumentException.class);
  }
}
