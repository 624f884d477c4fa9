package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

/** "Martin" is the test knowledge base's one word mostly seen in person names. */
class GivenNamesTest {

  private final GivenNames rule = new GivenNames();

  @Test
  void shouldTakeAGivenNameFollowedByCapitalisedWords() {
    assertThat(find(rule, "The goal came from Martin Keller late on."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Martin Keller", EntityType.PERSON, 0.55));
  }

  @Test
  void shouldNeedASecondWord() {
    assertThat(find(rule, "The goal came from Martin late on.")).isEmpty();
  }

  @Test
  void shouldLeaveOrganisationsAndKnownPlacesAlone() {
    assertThat(find(rule, "Shares of Martin Steel Group fell.")).isEmpty();
    assertThat(find(rule, "They drove from Martin Springfield to the coast.")).isEmpty();
  }
}
