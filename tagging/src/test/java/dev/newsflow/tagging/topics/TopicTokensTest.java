package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTokensTest {

  @Test
  void lowerCasesFoldsPluralsAndKeepsNumbers() {
    assertThat(TopicTokens.tokenize("Elections in 2004: the Parties' policies"))
        .containsExactly("election", "in", "2004", "the", "party", "policy");
  }

  @Test
  void keepsWordsWhosePluralFoldingWouldHarmThem() {
    assertThat(TopicTokens.tokenize("crisis virus class bus")).containsExactly("crisis", "virus", "class", "bus");
  }

  @Test
  void currencySignsAndPercentBecomeTokensSingleLettersAreDropped() {
    assertThat(TopicTokens.tokenize("Profits rose 5% to £3bn at a U.S. firm's unit"))
        .containsExactly("profit", "rose", "5", "percent", "to", TopicTokens.MONEY, "3bn", "at", "firm", "unit");
  }

  @Test
  void emptyAndNullGiveNoTokens() {
    assertThat(TopicTokens.tokenize(null)).isEmpty();
    assertThat(TopicTokens.tokenize(" -- ")).isEmpty();
  }
}
