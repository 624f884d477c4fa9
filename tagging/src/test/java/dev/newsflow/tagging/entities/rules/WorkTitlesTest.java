package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {

  private final WorkTitles rule = new WorkTitles();

  @Test
  void shouldTakeAQuotedTitleAfterAWorkWord() {
    assertThat(find(rule, "Her song \"Blue Rain in May\" topped charts, and the novel titled “Night Ferry” sold."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Blue Rain in May", EntityType.MISC, 0.75), tuple("Night Ferry", EntityType.MISC,
            0.75));
  }

  @Test
  void shouldTakeAnUnquotedTitleAfterTheWorkWordWhereItVisiblyEnds() {
    assertThat(find(rule, "The film Harbour Lights, shot in two weeks, and the album Quiet Hours by a new band."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Harbour Lights", EntityType.MISC), tuple("Quiet Hours", EntityType.MISC));
  }

  @Test
  void shouldLeaveUnquotedNamesThatMayBeSomethingElse() {
    // The title's end is not visible; a known name; no determiner; a quote that opens on a lower-case word.
    assertThat(find(rule, "The film Dana Holt directed won. In the game London lost. A film Harbour Lights. "
        + "The song \"and then\" was short.")).isEmpty();
  }
}
