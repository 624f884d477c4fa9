package dev.newsflow.tagging.entities.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void shouldKnowWordsUsuallyWrittenInLowerCase() {
    assertThat(kb.isLowercaseWord("Reading")).isTrue();
    assertThat(kb.isLowercaseWord("Details")).isTrue();
    assertThat(kb.isLowercaseWord("Geneva")).isFalse();
  }
}
