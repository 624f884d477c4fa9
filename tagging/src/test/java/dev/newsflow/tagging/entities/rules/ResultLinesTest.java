package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class ResultLinesTest {

  private final ResultLines rule = new ResultLines();

  @Test
  void shouldTakeTownsFollowedByScoresForTeams() {
    assertThat(find(rule, "Springfield 2 Reading 1")).extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Springfield", EntityType.ORGANIZATION, 0.75),
            tuple("Reading", EntityType.ORGANIZATION, 0.75));
  }

  @Test
  void shouldTakeATownOpeningATableRow() {
    assertThat(find(rule, "Springfield 10 6 2 2 15 8 20")).extracting(Mention::text).containsExactly("Springfield");
    assertThat(find(rule, "The table had Springfield 10 6 2 2 15 8 20")).isEmpty(); // not opening the row
  }

  @Test
  void shouldLeaveALoneNumberAndUnknownNamesAlone() {
    assertThat(find(rule, "In Springfield 2 people were hurt.")).isEmpty();
    assertThat(find(rule, "Harbor Mills 2 Brightwater 1")).isEmpty(); // no town the knowledge base knows
  }
}
