package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class DrugNamesTest {

  private final DrugNames rule = new DrugNames();

  @Test
  void shouldTakeTheNameAfterADrugOrVaccineWordAsMisc() {
    assertThat(find(rule, "Patients on the weight-loss drug Zelvor and the vaccine Covira B did well."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Zelvor", EntityType.MISC, 0.75), tuple("Covira B", EntityType.MISC, 0.75));
  }

  @Test
  void shouldLeaveKnownNamesAndLowerCaseWordsAfterTheCue() {
    assertThat(find(rule, "The vaccine France bought worked. The drug was new. A pill on Monday.")).isEmpty();
  }
}
