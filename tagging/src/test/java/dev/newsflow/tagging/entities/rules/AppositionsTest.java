package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class AppositionsTest {

  private final Appositions rule = new Appositions();

  @Test
  void shouldTakeThePersonAndTheOrganisation() {
    assertThat(find(rule, "Maria Lopez, a spokeswoman for Brightwater Energy, declined to comment."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Maria Lopez", EntityType.PERSON, 0.75),
            tuple("Brightwater Energy", EntityType.ORGANIZATION, 0.6));
  }

  @Test
  void shouldBeLessSureOfOneWordAndSkipTheArticleBeforeTheOrganisation() {
    assertThat(find(rule, "We asked Lopez, an adviser at the Harbor Institute, about it."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Lopez", EntityType.PERSON, 0.6),
            tuple("Harbor Institute", EntityType.ORGANIZATION, 0.6));
  }

  @Test
  void shouldTypeTheOrganisationAsTheKnowledgeBaseDoes() {
    assertThat(find(rule, "Maria Lopez, a diplomat for France, spoke.")).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Maria Lopez", EntityType.PERSON), tuple("France", EntityType.LOCATION));
  }

  @Test
  void shouldNeedARole() {
    assertThat(find(rule, "Maria Lopez, a friend of Brightwater Energy, spoke.")).isEmpty();
  }
}
