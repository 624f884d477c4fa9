package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class HeadedOrganisationsTest {

  private final HeadedOrganisations pattern = new HeadedOrganisations();

  @Test
  void shouldTakeAHeadOfCapitalisedWords() {
    assertThat(find(pattern, "A letter from the Ministry of Foreign Affairs came."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Ministry of Foreign Affairs", EntityType.ORGANIZATION, 0.75));
  }

  @Test
  void shouldTakeCapitalisedWordsBeforeTheHeadAndSkipTheArticleAfterOf() {
    assertThat(find(pattern, "He wrote to the Foreign Ministry of Ukraine and the University of the Highlands."))
        .extracting(Mention::text)
        .containsExactly("Foreign Ministry of Ukraine", "University of the Highlands");
  }

  @Test
  void shouldNeedACapitalisedComplement() {
    assertThat(find(pattern, "The Bank of last resort lent.")).isEmpty();
  }

  @Test
  void shouldTakeWholeInstitutionNamesAcrossForOnAndAnd() {
    assertThat(find(pattern, "Staff of the Centres for Tidal Control and Prevention met the Council on Maritime "
        + "Relations, the Office for Coastal Statistics and the Bank for Harbour Settlements."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Centres for Tidal Control and Prevention", EntityType.ORGANIZATION),
            tuple("Council on Maritime Relations", EntityType.ORGANIZATION),
            tuple("Office for Coastal Statistics", EntityType.ORGANIZATION),
            tuple("Bank for Harbour Settlements", EntityType.ORGANIZATION));
  }

  @Test
  void shouldNotTakeForOrOnBeforeLowerCaseWordsOrDays() {
    assertThat(find(pattern, "The Council for two years sat. The Office on Monday shut.")).isEmpty();
  }
}
