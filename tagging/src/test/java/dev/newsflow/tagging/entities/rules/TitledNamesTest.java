package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class TitledNamesTest {

  private final TitledNames rule = new TitledNames();

  @Test
  void shouldTakeOneWordAfterAStrongTitleAndTwoAfterOthers() {
    assertThat(find(rule, "President Varga met analyst Ana Ruiz and analyst Okafor."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Varga", EntityType.PERSON, 0.85), tuple("Ana Ruiz", EntityType.PERSON, 0.7));
  }

  @Test
  void shouldReadHonorificsWithoutPeriodOnlyWhenCapitalised() {
    assertThat(find(rule, "Mr Okafor arrived.")).extracting(Mention::text).containsExactly("Okafor");
    assertThat(find(rule, "Then mr Okafor arrived.")).isEmpty();
  }

  @Test
  void shouldCountAHyphenatedTitleAsItsLastPart() {
    assertThat(find(rule, "Lieutenant-General Ana Ruiz spoke.")).extracting(Mention::text, Mention::confidence)
        .containsExactly(tuple("Ana Ruiz", 0.85));
  }

  @Test
  void shouldSkipTheOfficeAfterOfAndANationalityBeforeTheName() {
    assertThat(find(rule, "Secretary of State Jane Holloway and defender French Luc Moreau came."))
        .extracting(Mention::text).containsExactly("Jane Holloway", "Luc Moreau");
  }

  @Test
  void shouldTakeANameSetOffByCommasAfterTheRole() {
    assertThat(find(rule, "He sent his special envoy, Steve Marlow, to talk.")).extracting(Mention::text,
        Mention::confidence).containsExactly(tuple("Steve Marlow", 0.7));
  }

  @Test
  void shouldNotTakeWhatTheKnowledgeBaseKnowsAsOtherThanAPerson() {
    assertThat(find(rule, "Mr. Springfield and President of France spoke.")).isEmpty();
  }

  @Test
  void shouldReadRolesOfLocalNewsAsTitles() {
    assertThat(find(rule, "Organiser Tamsin Oyelowo said the fair would return, and councillor Ravi Castellan agreed."))
        .extracting(Mention::text, Mention::confidence)
        .containsExactly(tuple("Tamsin Oyelowo", 0.7), tuple("Ravi Castellan", 0.7));
  }
}
