package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

  private final RuleWords words = RuleWords.english();

  @Test
  void shouldReadEveryListOnceAndKeepItsCase() {
    assertThat(RuleWords.english()).isSameAs(words);
    assertThat(words.titles).contains("president", "sen.", "co-founder").doesNotContain("President");
    assertThat(words.strongTitles).isSubsetOf(words.titles);
    assertThat(words.organisationSuffixes).contains("Inc", "Inc.", "plc", "FC").doesNotContain("inc");
    assertThat(words.locativeCues).contains("based in", "capital of");
  }

  @Test
  void shouldTakeTheLocativeFirstWordsFromTheCues() {
    assertThat(words.locativeFirstWords).hasSameSizeAs(words.locativeCues)
        .contains("based", "capital", "streets").doesNotContain("in", "of");
  }

  @Test
  void shouldBuildTheAffiliationPatternFromThePrefixes() {
    Matcher m = words.affiliation.matcher("anti-American");
    assertThat(m.matches()).isTrue();
    assertThat(m.group(1)).isEqualTo("American");
    assertThat(words.affiliation.matcher("Pro-Israeli").matches()).isTrue();
    assertThat(words.affiliation.matcher("NON-Muslim").matches()).isFalse(); // only the first letter may change
    assertThat(words.affiliation.matcher("anti-war").matches()).isFalse();
    assertThat(words.affiliation.matcher("semi-Final").matches()).isFalse();
  }

  @Test
  void shouldBuildTheHyphenPatternFromTheSuffixes() {
    Matcher m = words.hyphenAdjective.matcher("Sao-Paulo-based");
    assertThat(m.matches()).isTrue();
    assertThat(m.group(1)).isEqualTo("Sao-Paulo");
    assertThat(m.group(2)).isEqualTo("based");
    assertThat(words.hyphenAdjective.matcher("Kremlin-controlled").matches()).isTrue();
    assertThat(words.hyphenAdjective.matcher("Kremlin-approved").matches()).isFalse();
    assertThat(words.hyphenAdjective.matcher("kremlin-backed").matches()).isFalse();
  }
}
