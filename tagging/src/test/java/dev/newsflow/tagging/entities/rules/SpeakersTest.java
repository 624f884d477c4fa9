package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  private final Speakers rule = new Speakers();

  @Test
  void shouldTakeTheSpeakerAfterOrBeforeTheVerb() {
    assertThat(find(rule, "\"We are ready,\" said Peter Novak.")).extracting(Mention::text, Mention::type,
        Mention::confidence).containsExactly(tuple("Peter Novak", EntityType.PERSON, 0.55));
    assertThat(find(rule, "Peter Novak told reporters the plan works.")).extracting(Mention::text)
        .containsExactly("Peter Novak");
  }

  @Test
  void shouldNeedTwoWords() {
    assertThat(find(rule, "Novak said the plan works.")).isEmpty();
  }

  @Test
  void shouldLeaveOrganisationsTitlesAndKnownNamesAlone() {
    assertThat(find(rule, "Harbor Mills Inc said profits rose.")).isEmpty();
    assertThat(find(rule, "President Novak said the plan works.")).isEmpty();
    assertThat(find(rule, "Marco Rubio said the plan works.")).isEmpty(); // the knowledge base types it
  }
}
