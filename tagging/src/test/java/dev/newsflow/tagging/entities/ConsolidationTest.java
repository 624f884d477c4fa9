package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConsolidationTest {

  private final Consolidation consolidation = new Consolidation(new KbLinker(SmallKb.get()));

  private Consolidation.Groups group(Mention... mentions) {
    return consolidation.group(List.of(mentions), Set.of());
  }

  private static Mention named(String text, EntityType type) {
    return new Mention(0, text.length(), type, text, "model", 0.8);
  }

  private static List<String> rootNames(Consolidation.Groups groups) {
    return groups.all().stream().filter(g -> g.root() == g).map(EntityGroup::name).toList();
  }

  @Test
  void shouldMakeOneGroupOfTheAliasesOfOneEntryNamedByIt() {
    Consolidation.Groups groups = group(named("U.S.", EntityType.LOCATION), named("America", EntityType.LOCATION),
        named("United States", EntityType.LOCATION));
    assertThat(groups.all()).hasSize(1);
    assertThat(groups.byMention()).containsOnly(groups.all().get(0));
    assertThat(groups.all().get(0).name()).isEqualTo("United States");
    assertThat(groups.all().get(0).surfaces).isEqualTo(Map.of("U.S.", 1, "America", 1, "United States", 1));
  }

  @Test
  void shouldGroupUnlinkedMentionsByTypeAndTextWhateverTheCase() {
    Consolidation.Groups groups = group(named("Harbor Mills", EntityType.ORGANIZATION),
        named("HARBOR MILLS", EntityType.ORGANIZATION), named("Harbor Mills", EntityType.PERSON));
    assertThat(groups.all()).hasSize(2);
    assertThat(groups.byMention().get(1)).isSameAs(groups.byMention().get(0));
    assertThat(groups.byMention().get(2).type).isEqualTo(EntityType.PERSON);
  }

  @Test
  void shouldJoinSurnameGivenNameAndHonorificFormsToTheOneFullName() {
    Consolidation.Groups groups = group(named("Marsh", EntityType.PERSON), named("Helena Marsh", EntityType.PERSON),
        named("Ms. Marsh", EntityType.PERSON), named("Helena", EntityType.PERSON));
    assertThat(rootNames(groups)).containsExactly("Helena Marsh");
    assertThat(groups.byMention().stream().map(EntityGroup::root).distinct()).hasSize(1);
    // The joined forms are known to the full name's group, uncounted.
    assertThat(groups.byMention().get(1).surfaces).containsEntry("Helena Marsh", 1).containsEntry("Marsh", 0);
  }

  @Test
  void shouldJoinNeitherOfTwoPeopleSharingTheSurname() {
    Consolidation.Groups groups = group(named("Helena Marsh", EntityType.PERSON), named("Tom Marsh", EntityType.PERSON),
        named("Marsh", EntityType.PERSON));
    assertThat(rootNames(groups)).containsExactly("Helena Marsh", "Tom Marsh", "Marsh");
  }

  @Test
  void shouldNotJoinAcrossTypesOrALinkedPerson() {
    Consolidation.Groups groups = group(named("Marsh", EntityType.ORGANIZATION),
        named("Helena Marsh", EntityType.PERSON), named("Putin", EntityType.PERSON),
        named("Anna Putin", EntityType.PERSON));
    assertThat(rootNames(groups)).containsExactly("Marsh", "Helena Marsh", "Vladimir Putin", "Anna Putin");
    assertThat(Stream.of(0, 2).map(k -> groups.byMention().get(k).parent)).containsOnlyNulls();
  }
}
