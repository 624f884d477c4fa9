package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTermsTest {

  @Test
  void shouldDropStopWordsNumbersAndPossessives() {
    assertThat(StoryTerms.tokens("The mayor's office said 12 people were hurt on Tuesday"))
        .containsExactly("mayor", "office", "people", "hurt");
  }

  @Test
  void shouldMeetInflectionsAtOneStem() {
    assertThat(StoryTerms.tokens("floods flooded flooding flood")).containsOnly("flood");
    assertThat(StoryTerms.tokens("stopped stops")).containsOnly("stop");
    assertThat(StoryTerms.tokens("companies company")).containsOnly("company");
    assertThat(StoryTerms.tokens("crashes crashed crash")).containsOnly("crash");
    assertThat(StoryTerms.tokens("killed kills")).containsOnly("kill");
    assertThat(StoryTerms.tokens("virus")).containsOnly("virus");
  }

  @Test
  void shouldWeighTitleTermsMoreThanLeadTerms() {
    Map<String, Double> profile = StoryTerms.profile("Earthquake strikes", "Rescuers searched the rubble");

    assertThat(profile.get("earthquake")).isGreaterThan(profile.get("rubble"));
    assertThat(profile.values().stream().mapToDouble(w -> w * w).sum()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void shouldKeepAtMostFortyTerms() {
    StringBuilder lead = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      lead.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
    }
    assertThat(StoryTerms.profile("", lead.toString())).hasSize(StoryTerms.MAX_TERMS);
  }
}
