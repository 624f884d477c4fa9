package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class CompetitionNamesTest {

  private final CompetitionNames rule = new CompetitionNames();

  @Test
  void shouldTakeALeagueFollowedByACompetitionWordAsAnEvent() {
    assertThat(find(rule, "They clinched the Coastal League title and lead the Harbour Series standings."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Coastal League", EntityType.EVENT, 0.75), tuple("Harbour Series", EntityType.EVENT,
            0.75));
  }

  @Test
  void shouldTakeALeagueAfterAWinningVerbAsAnEvent() {
    assertThat(find(rule, "Rovers won the Coastal League in May."))
        .extracting(Mention::text, Mention::type).containsExactly(tuple("Coastal League", EntityType.EVENT));
  }

  @Test
  void shouldLeaveALeagueWithoutCompetitionContext() {
    assertThat(find(rule, "The Coastal League party joined the government. The League met.")).isEmpty();
  }
}
