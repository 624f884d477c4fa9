package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class GovernmentNamesTest {

  private final GovernmentNames pattern = new GovernmentNames();

  @Test
  void shouldTakeTheNameBeforeAGovernmentWordWithTheKnowledgeBasesType() {
    assertThat(find(pattern, "The Moldovan government and the Ukrainian embassy disagreed."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Moldovan", EntityType.LOCATION, 0.6), tuple("Ukrainian", EntityType.MISC, 0.6));
  }

  @Test
  void shouldNeedTheArticleAndAGovernmentWord() {
    assertThat(find(pattern, "Moldovan government sources and the Moldovan wine trade disagreed.")).isEmpty();
  }
}
