package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The corpus measure itself, checked against hand-counted shingles. */
class ShingleF1Test {

  @Test
  void shouldScoreIdenticalTextsOneWhateverThePunctuationAndSpacing() {
    assertThat(ShingleF1.score("One two, three four five.", "One two three\n\nfour five")).isEqualTo(1.0);
  }

  @Test
  void shouldCountFourGramShinglesAsAMultiset() {
    // truth: a b c d e -> {abcd, bcde}; predicted: a b c d x -> {abcd, bcdx}; tp=1, P=R=1/2.
    assertThat(ShingleF1.score("a b c d e", "a b c d x")).isCloseTo(0.5, within(1e-9));
    // Extra boilerplate: truth 2 shingles all found, prediction has 2 + 4 shingles; P=2/6, R=1, F1=0.5.
    assertThat(ShingleF1.score("a b c d e", "a b c d e f g h i")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void shouldTreatShortTextsAsOneShingleAndEmptyTextsAsNone() {
    assertThat(ShingleF1.score("Hello world", "Hello world")).isEqualTo(1.0);
    assertThat(ShingleF1.score("Hello world", "Hello")).isEqualTo(0.0);
    assertThat(ShingleF1.score("", "")).isEqualTo(1.0);
    assertThat(ShingleF1.score("", "some words")).isEqualTo(0.0);
    assertThat(ShingleF1.score("some words", "")).isEqualTo(0.0);
  }

  @Test
  void shouldTokeniseUnicodeWordsWithCaseKept() {
    assertThat(ShingleF1.tokens("Öffnet das Freibad? Jürgen Weiß, 5,50 €")).containsExactly("Öffnet", "das",
        "Freibad", "Jürgen", "Weiß", "5", "50");
    assertThat(ShingleF1.score("Café crème brûlée today", "café crème brûlée today")).isEqualTo(0.0);
  }
}
