package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.kb.KbEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KbLinkerTest {

  private final KbLinker linker = new KbLinker(SmallKb.get());

  private static Mention named(String text, EntityType type) {
    return new Mention(0, text.length(), type, text, "model", 0.8);
  }

  private String idOf(String surface, EntityType type, Set<String> countries) {
    KbEntry e = linker.link(surface, type, countries);
    return e == null ? null : e.id();
  }

  @Test
  void shouldCollectTheCountriesTheDocumentNames() {
    assertThat(linker.documentCountries(
        List.of(named("France", EntityType.LOCATION), named("Reading", EntityType.LOCATION),
            named("Canada", EntityType.PERSON)),
        List.of(named("Ukrainian", EntityType.MISC))))
        .containsExactlyInAnyOrder("FR", "UA");
  }

  @Test
  void shouldPreferANamesakeInACountryTheDocumentNames() {
    assertThat(idOf("Springfield", EntityType.LOCATION, Set.of("US"))).isEqualTo("test:springfield-us");
    assertThat(idOf("Springfield", EntityType.LOCATION, Set.of("FR"))).isEqualTo("test:springfield-fr");
    assertThat(idOf("Springfield", EntityType.LOCATION, Set.of())).isEqualTo("test:springfield-fr"); // larger
  }

  @Test
  void shouldLetPopulationCountMoreThanTheDocumentsCountry() {
    // London, Ontario (400,000) + 0.75 does not beat London, England (8.9 million).
    assertThat(idOf("London", EntityType.LOCATION, Set.of("CA"))).isEqualTo("test:london-gb");
  }

  @Test
  void shouldLinkOnlyToEntriesOfTheMentionsType() {
    assertThat(idOf("Washington", EntityType.PERSON, Set.of())).isEqualTo("test:gw");
    assertThat(idOf("Washington", EntityType.LOCATION, Set.of())).isEqualTo("test:washington");
    assertThat(linker.link("Putin", EntityType.LOCATION, Set.of())).isNull();
    assertThat(linker.link("Helena Marsh", EntityType.PERSON, Set.of())).isNull();
  }
}
