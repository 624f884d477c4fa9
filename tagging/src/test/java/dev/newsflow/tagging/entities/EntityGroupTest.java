package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.kb.KbEntry;
import org.junit.jupiter.api.Test;

class EntityGroupTest {

  @Test
  void shouldBeNamedByItsEntryElseByTheLongestThenCommonestSurface() {
    EntityGroup linked = new EntityGroup(EntityType.LOCATION,
        SmallKb.entry("test:us", KbEntry.Kind.COUNTRY, EntityType.LOCATION, "United States", "US", 1, null, "US"));
    linked.surfaces.put("US", 3);
    assertThat(linked.name()).isEqualTo("United States");

    EntityGroup unlinked = new EntityGroup(EntityType.PERSON, null);
    unlinked.surfaces.put("Marsh", 5);
    unlinked.surfaces.put("Helena Marsh", 1);
    unlinked.surfaces.put("H. Marsh", 2);
    assertThat(unlinked.name()).isEqualTo("H. Marsh");
    assertThat(new EntityGroup(EntityType.PERSON, null).name()).isEmpty();
  }

  @Test
  void shouldFollowJoinsToTheRoot() {
    EntityGroup a = new EntityGroup(EntityType.PERSON, null);
    EntityGroup b = new EntityGroup(EntityType.PERSON, null);
    EntityGroup c = new EntityGroup(EntityType.PERSON, null);
    b.parent = a;
    c.parent = b;
    assertThat(c.root()).isSameAs(a);
    assertThat(a.root()).isSameAs(a);
  }
}
