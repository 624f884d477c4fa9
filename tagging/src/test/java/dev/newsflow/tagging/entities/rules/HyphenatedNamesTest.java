package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class HyphenatedNamesTest {

  private final HyphenatedNames pattern = new HyphenatedNames();

  @Test
  void shouldTakeAnUnknownNameBeforeBasedAsAPlace() {
    String text = "The Lagos-based firm grew.";
    assertThat(find(pattern, text)).extracting(Mention::text, Mention::type, Mention::confidence, Mention::start)
        .containsExactly(tuple("Lagos", EntityType.LOCATION, 0.7, text.indexOf("Lagos")));
  }

  @Test
  void shouldTypeAKnownNameAsTheKnowledgeBaseDoes() {
    assertThat(find(pattern, "A Kyiv-backed group and a Ukrainian-led team met."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Kyiv", EntityType.LOCATION), tuple("Ukrainian", EntityType.MISC));
  }

  @Test
  void shouldLeaveAnUnknownNameAloneAfterOtherSuffixes() {
    assertThat(find(pattern, "A Lagos-backed group and a lagos-based firm met.")).isEmpty();
  }
}
