package dev.newsflow.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  private static final String TEXT = "Northport's city council has approved plans for a new road and rail bridge "
      + "across the harbour, ending more than a decade of debate over how to relieve congestion on the old swing "
      + "bridge. After a meeting that ran past midnight, councillors voted 31 to 14 in favour of the 420-metre "
      + "crossing. The mayor called the decision the most important infrastructure choice this city has made in "
      + "fifty years. Opponents, led by the residents association, argued that the budget would squeeze spending "
      + "on schools and housing, and said the group would consider a legal challenge. Construction is expected to "
      + "begin in spring and take four years. The regional transport authority will contribute a third of the cost.";

  @Test
  void shouldIgnoreLayoutInTheContentHash() {
    assertThat(Fingerprints.contentHash("A  b\n\nc")).isEqualTo(Fingerprints.contentHash("a b c"));
    assertThat(Fingerprints.contentHash("a b c")).hasSize(64).isNotEqualTo(Fingerprints.contentHash("a b d"));
  }

  @Test
  void shouldKeepSimilarTextsCloseAndDifferentTextsFar() {
    long original = Fingerprints.simHash(TEXT);
    long edited = Fingerprints.simHash(TEXT.replace("midnight", "late evening"));
    long other = Fingerprints.simHash("Shares in the chipmaker rose four percent in Frankfurt after it announced "
        + "a plan to double output at its plant, creating hundreds of jobs in the region by 2028.");
    assertThat(Fingerprints.distance(original, edited)).isLessThan(16);
    assertThat(Fingerprints.distance(original, other)).isGreaterThan(16);
  }

  @Test
  void shouldGiveZeroForEmptyText() {
    assertThat(Fingerprints.simHash("  ")).isZero();
  }

  @Test
  void shouldComputeBothFingerprintsAtOnceLikeEachAlone() {
    Fingerprints.Fingerprint both = Fingerprints.of(TEXT);

    assertThat(both.contentHash()).isEqualTo(Fingerprints.contentHash(TEXT));
    assertThat(both.simHash()).isEqualTo(Fingerprints.simHash(TEXT));
  }
}
