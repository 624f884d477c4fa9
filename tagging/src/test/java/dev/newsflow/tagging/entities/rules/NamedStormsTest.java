package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class NamedStormsTest {

  private final NamedStorms rule = new NamedStorms();

  @Test
  void shouldTakeTheWholeStormNameAsMisc() {
    assertThat(find(rule, "Hurricane Elda and Tropical Storm Bruno hit the coast as Typhoon Kalani neared."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Hurricane Elda", EntityType.MISC, 0.75),
            tuple("Tropical Storm Bruno", EntityType.MISC, 0.75), tuple("Typhoon Kalani", EntityType.MISC, 0.75));
  }

  @Test
  void shouldLeaveStormWordsThatAreNotBeforeAOneWordName() {
    assertThat(find(rule, "The Hurricane Tracking Centre warned of a storm. Storm damage was wide. The Westfield "
        + "Typhoon Squadron flew. Hurricane season starts on Monday.")).isEmpty();
  }

  @Test
  void shouldGiveTheBareNameOfAStorm() {
    assertThat(NamedStorms.nameOf("Hurricane Elda")).isEqualTo("Elda");
    assertThat(NamedStorms.nameOf("Tropical Storm Bruno")).isEqualTo("Bruno");
    assertThat(NamedStorms.nameOf("Elda")).isNull();
    assertThat(NamedStorms.nameOf("Harbour Storm Centre")).isNull();
    assertThat(NamedStorms.nameOf("Seaside Storm")).isNull();
  }
}
