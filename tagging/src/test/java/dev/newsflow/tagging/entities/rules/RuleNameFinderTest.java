package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.SmallKb;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleNameFinderTest {

  private final RuleNameFinder finder = new RuleNameFinder(SmallKb.get());
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  private List<Mention> find(String text) {
    List<Mention> found = finder.find(text, tokenizer.split(text));
    for (Mention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    return found;
  }

  @Test
  void shouldFindPeopleAfterTitlesAndRoles() {
    assertThat(find("Secretary of State Jane Holloway met President Tomas Varga and Ms. Okafor, "
        + "while Kremlin aide Pavel Orlov and Prime Minister Ana Ruiz stayed home."))
        .filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(Mention::text)
        .containsExactly("Jane Holloway", "Tomas Varga", "Okafor", "Pavel Orlov", "Ana Ruiz");
  }

  @Test
  void shouldNotTakeANationalityOrAPlaceForAName() {
    assertThat(find("The defender French Luc Moreau was praised, as was President of France.")
        .stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text))
        .containsExactly("Luc Moreau");
  }

  @Test
  void shouldFindAppositionsAndSpeakers() {
    assertThat(find("Maria Lopez, a spokeswoman for Brightwater Energy, declined to comment."))
        .extracting(Mention::text, Mention::type)
        .contains(tuple("Maria Lopez", EntityType.PERSON), tuple("Brightwater Energy", EntityType.ORGANIZATION));
    assertThat(find("\"We are ready,\" said Peter Novak."))
        .extracting(Mention::text, Mention::type).containsExactly(tuple("Peter Novak", EntityType.PERSON));
  }

  @Test
  void shouldFindNaturalFeaturesAndTrustsBySuffix() {
    assertThat(find("Volunteers cleared the Lea River for the Riverside Wildlife Trust on Saturday."))
        .extracting(Mention::text, Mention::type)
        .contains(tuple("Lea River", EntityType.LOCATION),
            tuple("Riverside Wildlife Trust", EntityType.ORGANIZATION));
  }

  @Test
  void shouldFindOrganisationsBySuffixAndHead() {
    assertThat(find("Shares of Harbor Mills Inc rose after the Ministry of Foreign Affairs and the Green "
        + "Valley Party spoke."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Harbor Mills Inc", EntityType.ORGANIZATION),
            tuple("Ministry of Foreign Affairs", EntityType.ORGANIZATION),
            tuple("Green Valley Party", EntityType.ORGANIZATION));
  }

  @Test
  void shouldFindPlacesFromBasedAndGovernmentPatterns() {
    assertThat(find("The Lagos-based firm and the Ukrainian government disagreed with the Moldovan government."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Lagos", EntityType.LOCATION), tuple("Ukrainian", EntityType.MISC),
            tuple("Moldovan", EntityType.LOCATION));
  }

  @Test
  void shouldFindPeopleListedWithTheirCountryAndByGivenName() {
    assertThat(find("1. Luc Moreau (France) 1:02.5\n2. Anna Berg (U.S.) 1:03.1\n3. Acme Club (Paris) 1:04.0"))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Luc Moreau", EntityType.PERSON), tuple("Anna Berg", EntityType.PERSON),
            tuple("Acme Club", EntityType.ORGANIZATION)); // a town in brackets is not a country
    // "Martin" is mostly a given name in the word lists; followed by a capitalised word it opens a name.
    assertThat(find("The goal came from Martin Keller late on.")).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Martin Keller", EntityType.PERSON));
    assertThat(find("The goal came from Martin late on.")).isEmpty();
  }

  @Test
  void shouldFindEventsAndAffiliations() {
    assertThat(find("Fans of the Asian Cup held anti-French and pro-Moldovan banners."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Asian Cup", EntityType.EVENT), tuple("anti-French", EntityType.MISC));
  }

  @Test
  void shouldTakeTownsInResultsLinesForTeams() {
    assertThat(find("Reading 2 Springfield 1")).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Reading", EntityType.ORGANIZATION), tuple("Springfield", EntityType.ORGANIZATION));
    assertThat(find("In Springfield 2 people were hurt.")).isEmpty();
  }

  @Test
  void shouldTakeTownsInMatchReportsForTeams() {
    assertThat(find("Springfield beat the leaders and Reading won 3-1 on Saturday.")).extracting(Mention::text)
        .containsExactly("Springfield", "Reading");
    assertThat(find("Springfield (4) v Reading (13)")).extracting(Mention::type)
        .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    assertThat(find("Springfield won the vote on Saturday.")).isEmpty(); // no score: a town may win a vote
  }

  @Test
  void shouldKeepOnlyResultsAndMatchRulesInAHeadline() {
    assertThat(find("Mr. Varga Sees Springfield 2 Reading 1 In Peace Talks")).extracting(Mention::text)
        .containsExactly("Springfield", "Reading");
    assertThat(find("Mr. Varga saw Springfield 2 Reading 1 in the talks.")).extracting(Mention::text)
        .containsExactly("Springfield", "Reading", "Varga");
  }
}
