package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class LocativeNamesTest {

  private final LocativeNames pattern = new LocativeNames();

  @Test
  void shouldTakeTheNameAfterALocativeCue() {
    assertThat(find(pattern, "The firm is based in Lagos and the mill stands in the capital of France."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Lagos", EntityType.LOCATION, 0.7), tuple("France", EntityType.LOCATION, 0.7));
  }

  @Test
  void shouldNeedTheWholeCue() {
    assertThat(find(pattern, "The plan is based on Lagos and the capital in France.")).isEmpty();
  }
}
