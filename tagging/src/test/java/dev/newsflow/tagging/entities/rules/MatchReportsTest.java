package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class MatchReportsTest {

  private final MatchReports rule = new MatchReports();

  @Test
  void shouldTakeATownBeforeAMatchVerbForItsTeam() {
    assertThat(find(rule, "Springfield beat the leaders at home.")).extracting(Mention::text, Mention::type,
        Mention::confidence).containsExactly(tuple("Springfield", EntityType.ORGANIZATION, 0.7));
  }

  @Test
  void shouldNeedAScoreForVerbsThatTownsUseToo() {
    assertThat(find(rule, "Reading won 3-1 away.")).extracting(Mention::text).containsExactly("Reading");
    assertThat(find(rule, "Reading won the vote on Saturday.")).isEmpty();
  }

  @Test
  void shouldTakeTownsBeforeARoleAndInFixtures() {
    assertThat(find(rule, "He called Springfield coach Tim Ross.")).extracting(Mention::text)
        .containsExactly("Springfield");
    assertThat(find(rule, "Springfield v Reading tonight")).extracting(Mention::text)
        .containsExactly("Springfield", "Reading");
    assertThat(find(rule, "Springfield (4) v Reading (13)")).extracting(Mention::text)
        .containsExactly("Springfield", "Reading");
  }

  @Test
  void shouldLeaveNamesThatAreNotTownsAlone() {
    assertThat(find(rule, "Harbor Mills beat the leaders.")).isEmpty();
  }
}
