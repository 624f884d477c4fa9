package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class SuffixedNamesTest {

  @Test
  void shouldTakeEventsByTheirLastWord() {
    assertThat(find(SuffixedNames.EVENTS, "Fans of the Asian Cup and the Harbor Mills Inc team came."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Asian Cup", EntityType.EVENT, 0.75));
  }

  @Test
  void shouldTakeNaturalFeaturesUnlessTheNameGoesOn() {
    assertThat(find(SuffixedNames.NATURAL_FEATURES, "The Lea River rose near the Green Valley Party office."))
        .extracting(Mention::text, Mention::type).containsExactly(tuple("Lea River", EntityType.LOCATION));
  }

  @Test
  void shouldTakeOrganisationsByTheirLastWord() {
    assertThat(find(SuffixedNames.ORGANISATIONS, "Shares of Harbor Mills Inc rose as the Green Valley Party spoke."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Harbor Mills Inc", EntityType.ORGANIZATION),
            tuple("Green Valley Party", EntityType.ORGANIZATION));
  }

  @Test
  void shouldReachAcrossAnAndInsideAnOrganisationsName() {
    assertThat(find(SuffixedNames.ORGANISATIONS, "The Harbor Mortgage and Housing Corporation lent more."))
        .extracting(Mention::text).containsExactly("Harbor Mortgage and Housing Corporation");
    // two names: the first ends in a suffix of its own, or is a known name
    assertThat(find(SuffixedNames.ORGANISATIONS, "Kelmar Inc and Orlan Group merged; France and Tellwave Group met."))
        .extracting(Mention::text).containsExactly("Kelmar Inc", "Orlan Group", "Tellwave Group");
  }

  @Test
  void shouldNeedCapitalisedWordsBeforeTheSuffixThatAreNotFunctionWordsOrDays() {
    assertThat(find(SuffixedNames.ORGANISATIONS, "Party members met. The Party met. Members of Monday Club met."))
        .isEmpty();
  }

  @Test
  void shouldTakeOpensAsEvents() {
    assertThat(find(SuffixedNames.EVENTS, "She reached the final of the Lakeland Open on Sunday."))
        .extracting(Mention::text, Mention::type).containsExactly(tuple("Lakeland Open", EntityType.EVENT));
  }

  @Test
  void shouldTakeAwardsAndPrizesAsMiscUnlessTheNameGoesOn() {
    assertThat(find(SuffixedNames.AWARDS, "She won the Harbour Book Prize and two Silver Quill Awards, and the "
        + "Harbour Book Prize Committee praised her."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Harbour Book Prize", EntityType.MISC), tuple("Silver Quill Awards", EntityType.MISC));
  }

  @Test
  void shouldTakeSectorWordsAsOrganisationSuffixesButNotSurelyWhereTheNameGoesOn() {
    assertThat(find(SuffixedNames.ORGANISATIONS, "Vexora Therapeutics hired Brindle Capital Markets staff."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Vexora Therapeutics", EntityType.ORGANIZATION, 0.75),
            tuple("Brindle Capital", EntityType.ORGANIZATION, 0.6));
  }

  @Test
  void shouldTakeNewsServicesHousingAndPropertyFirmsAsOrganisations() {
    assertThat(find(SuffixedNames.ORGANISATIONS, "Economists polled by Bellmoor Newswire expect a cut, the Tarrow "
        + "Gazette said. Ashgrove Homes and Pellam Properties will build the flats."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Bellmoor Newswire", EntityType.ORGANIZATION),
            tuple("Tarrow Gazette", EntityType.ORGANIZATION), tuple("Ashgrove Homes", EntityType.ORGANIZATION),
            tuple("Pellam Properties", EntityType.ORGANIZATION));
  }

  @Test
  void shouldTakeHarboursAndCoastsAsPlacesUnlessTheNameGoesOn() {
    assertThat(find(SuffixedNames.NATURAL_FEATURES, "Ferries left Kestrel Harbour for the Amber Coast, said the "
        + "Kestrel Harbour Residents Association."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Kestrel Harbour", EntityType.LOCATION), tuple("Amber Coast", EntityType.LOCATION));
  }
}
