package dev.newsflow.tagging.entities.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The knowledge base built by {@code newsflow build kb} and bundled as a resource. */
class KnowledgeBaseTest {

  private final KnowledgeBase kb = KnowledgeBase.loadDefault();

  private KbEntry only(String alias, EntityType type) {
    List<KbEntry> found = kb.lookup(alias).stream().filter(e -> e.type() == type).toList();
    assertThat(found).as(alias).isNotEmpty();
    return found.stream().max((a, b) -> Long.compare(a.prior(), b.prior())).orElseThrow();
  }

  @Test
  void shouldLoadFromTheClasspathWithCountriesCitiesPeopleAndOrganisations() {
    assertThat(kb.size()).isGreaterThan(30_000);
    assertThat(kb.entries()).extracting(KbEntry::kind).contains(KbEntry.Kind.values());
    // Every id is a GeoNames id or a Wikidata QID.
    assertThat(kb.entries()).allSatisfy(e -> {
      if (e.id() != null) {
        assertThat(e.id()).matches("geonames:\\d+|Q\\d+");
      }
    });
  }

  @Test
  void shouldLookUpAliasesCaseAware() {
    KbEntry us = only("U.S.", EntityType.LOCATION);
    assertThat(us.kind()).isEqualTo(KbEntry.Kind.COUNTRY);
    assertThat(us.id()).startsWith("geonames:");
    assertThat(only("United States", EntityType.LOCATION)).isEqualTo(us);
    assertThat(only("US", EntityType.LOCATION)).isEqualTo(us);
    assertThat(kb.lookup("us")).isEmpty();
    assertThat(only("UKRAINE", EntityType.LOCATION).name()).isEqualTo("Ukraine");
  }

  @Test
  void shouldHoldCuratedFactsAndEnglishNames() {
    assertThat(only("NATO", EntityType.ORGANIZATION).id()).isEqualTo("Q7184");
    assertThat(only("Putin", EntityType.PERSON).name()).isEqualTo("Vladimir Putin");
    assertThat(only("Kiev", EntityType.LOCATION).name()).isEqualTo("Kyiv");
    KbEntry geneva = only("Geneva", EntityType.LOCATION);
    assertThat(geneva.name()).isEqualTo("Geneva");
    assertThat(geneva.country()).isEqualTo("CH");
    KbEntry ukrainian = only("Ukrainian", EntityType.MISC);
    assertThat(ukrainian.linkId()).isEqualTo(only("Ukraine", EntityType.LOCATION).id());
    assertThat(only("Keir Starmer", EntityType.PERSON).country()).isEqualTo("GB");
  }

  /** International bodies, central banks, agencies, competitions and awards news names every day (issue 17). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      World Bank                 | ORGANIZATION | Q7164
      International Monetary Fund| ORGANIZATION | Q7804
      IMF                        | ORGANIZATION | Q7804
      WTO                        | ORGANIZATION | Q7825
      European Commission        | ORGANIZATION | Q8880
      European Parliament        | ORGANIZATION | Q8889
      ECB                        | ORGANIZATION | Q8901
      Federal Reserve            | ORGANIZATION | Q53536
      OPEC                       | ORGANIZATION | Q7795
      ASEAN                      | ORGANIZATION | Q7768
      African Union              | ORGANIZATION | Q7159
      UNESCO                     | ORGANIZATION | Q7809
      NASA                       | ORGANIZATION | Q23548
      FBI                        | ORGANIZATION | Q8333
      CIA                        | ORGANIZATION | Q37230
      CDC                        | ORGANIZATION | Q583725
      FDA                        | ORGANIZATION | Q204711
      NBA                        | ORGANIZATION | Q155223
      Premier League             | ORGANIZATION | Q9448
      FIFA World Cup             | EVENT        | Q19317
      Champions League           | EVENT        | Q18756
      Wimbledon                  | EVENT        | Q41520
      Bundesliga                 | EVENT        | Q82595
      Nobel Peace Prize          | MISC         | Q35637
      Oscars                     | MISC         | Q19020
      """)
  void shouldLinkMajorInstitutionsCompetitionsAndAwardsToTheirWikidataIds(String alias, EntityType type, String qid) {
    assertThat(only(alias, type).id()).isEqualTo(qid);
  }

  @Test
  void shouldKnowCentralBanksAndAgenciesWithoutACertainId() {
    assertThat(only("Bank of England", EntityType.ORGANIZATION).country()).isEqualTo("GB");
    assertThat(only("Reserve Bank of India", EntityType.ORGANIZATION).country()).isEqualTo("IN");
    assertThat(only("World Cup", EntityType.EVENT).id()).as("cricket and rugby have World Cups too").isNull();
  }

  @Test
  void shouldReadCurlyApostrophesAsStraightOnes() {
    assertThat(only("People’s Bank of China", EntityType.ORGANIZATION).name()).isEqualTo("People's Bank of China");
  }

  @Test
  void shouldKnowWordsUsuallyWrittenInLowerCase() {
    assertThat(kb.isLowercaseWord("Reading")).isTrue();
    assertThat(kb.isLowercaseWord("Details")).isTrue();
    assertThat(kb.isLowercaseWord("Geneva")).isFalse();
  }
}
