package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class RuleContextTest {

  @Test
  void shouldRunANameOverCapitalisedWordsAndParticlesButNotTitlesOrDays() {
    assertThat(RuleFixture.context("met Vincent van Gogh on Monday").nameRun(1)).isEqualTo(3);
    assertThat(RuleFixture.context("met Ann Mary Jo Lee Smith").nameRun(1)).isEqualTo(4); // four words at most
    assertThat(RuleFixture.context("met Anna President Berg").nameRun(1)).isEqualTo(1);
    assertThat(RuleFixture.context("met Anna Monday").nameRun(1)).isEqualTo(1);
    assertThat(RuleFixture.context("met von Leyen").nameRun(1)).isZero(); // a particle does not start a name
  }

  @Test
  void shouldRunAnOrganisationOverConnectivesBeforeCapitalisedWords() {
    assertThat(RuleFixture.context("the Bank of England and others").orgRun(1)).isEqualTo(3);
    assertThat(RuleFixture.context("Harbor and Mills & Sons of").orgRun(0)).isEqualTo(5);
  }

  @Test
  void shouldFindTheCapitalisedWordsLeadingToAToken() {
    RuleContext s = RuleFixture.context("The Harbor Mills Inc and Monday Club");
    assertThat(s.leadingCaps(3)).isEqualTo(1); // not the sentence's "The"
    assertThat(s.leadingCaps(6)).isEqualTo(6); // not a day
    // capitalised ordinary words that open names count
    assertThat(RuleFixture.context("traded on the New Harbor Stock Exchange").leadingCaps(6)).isEqualTo(3);
    assertThat(RuleFixture.context("said First Harbor Minerals").leadingCaps(3)).isEqualTo(1);
  }

  @Test
  void shouldAnswerFromTheKnowledgeBase() {
    RuleContext s = RuleFixture.context("anything");
    assertThat(s.isTown("Springfield")).isTrue();
    assertThat(s.isTown("France")).isFalse();
    assertThat(s.isNationality("French")).isTrue();
    assertThat(s.knownType("Putin", EntityType.LOCATION)).isEqualTo(EntityType.PERSON);
    assertThat(s.knownType("Varga", EntityType.LOCATION)).isEqualTo(EntityType.LOCATION);
    assertThat(s.knownAsOtherThanPerson("Kyiv")).isTrue();
    assertThat(s.knownAsOtherThanPerson("Washington")).isFalse(); // also George Washington
  }

  @Test
  void shouldMakeRuleMentionsOverTokens() {
    String text = "met Anna Berg today";
    Mention m = RuleFixture.context(text).mention(1, 3, EntityType.PERSON, 0.5);
    assertThat(m).isEqualTo(new Mention(4, 13, EntityType.PERSON, "Anna Berg", RuleNameFinder.SOURCE, 0.5));
  }
}
