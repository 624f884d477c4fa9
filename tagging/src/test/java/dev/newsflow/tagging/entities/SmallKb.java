package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.util.List;
import java.util.Set;

/** A hand-made knowledge base for unit tests (ids are test ids, not real ones). */
public final class SmallKb {

  private SmallKb() { }

  public static KnowledgeBase get() {
    return KnowledgeBase.of(List.of(
        entry("test:us", Kind.COUNTRY, EntityType.LOCATION, "United States", "US", 330_000_000, null,
            "United States", "U.S.", "US", "America"),
        entry("test:fr", Kind.COUNTRY, EntityType.LOCATION, "France", "FR", 67_000_000, null, "France"),
        entry("test:ca", Kind.COUNTRY, EntityType.LOCATION, "Canada", "CA", 38_000_000, null, "Canada"),
        entry("test:ua", Kind.COUNTRY, EntityType.LOCATION, "Ukraine", "UA", 44_000_000, null, "Ukraine"),
        entry(null, Kind.DEMONYM, EntityType.MISC, "French", "FR", 6_700_000, "test:fr", "French"),
        entry(null, Kind.DEMONYM, EntityType.MISC, "Ukrainian", "UA", 4_400_000, "test:ua", "Ukrainian",
            "Ukrainians"),
        entry("test:reading", Kind.CITY, EntityType.LOCATION, "Reading", "GB", 174_000, null, "Reading"),
        entry("test:nice", Kind.CITY, EntityType.LOCATION, "Nice", "FR", 340_000, null, "Nice"),
        entry("test:carson", Kind.CITY, EntityType.LOCATION, "Carson", "US", 93_000, null, "Carson"),
        entry("test:martin", Kind.CITY, EntityType.LOCATION, "Martin", "SK", 55_000, null, "Martin"),
        entry("test:london-gb", Kind.CITY, EntityType.LOCATION, "London", "GB", 8_900_000, null, "London"),
        entry("test:london-ca", Kind.CITY, EntityType.LOCATION, "London", "CA", 400_000, null, "London"),
        entry("test:springfield-us", Kind.CITY, EntityType.LOCATION, "Springfield", "US", 160_000, null,
            "Springfield"),
        entry("test:springfield-fr", Kind.CITY, EntityType.LOCATION, "Springfield", "FR", 170_000, null,
            "Springfield"),
        entry("test:ny", Kind.CITY, EntityType.LOCATION, "New York City", "US", 8_800_000, null, "New York City",
            "New York"),
        entry("test:kyiv", Kind.CITY, EntityType.LOCATION, "Kyiv", "UA", 2_900_000, null, "Kyiv", "Kiev"),
        entry("test:washington", Kind.CITY, EntityType.LOCATION, "Washington", "US", 700_000, null, "Washington"),
        entry("test:gw", Kind.PERSON, EntityType.PERSON, "George Washington", "US", 1_000_000, null,
            "George Washington", "Washington"),
        entry("test:geneva", Kind.CITY, EntityType.LOCATION, "Geneva", "CH", 200_000, null, "Geneva", "Genève"),
        entry(null, Kind.PLACE, EntityType.LOCATION, "Black Sea", null, 5_000_000, null, "Black Sea"),
        entry("test:nato", Kind.ORGANIZATION, EntityType.ORGANIZATION, "North Atlantic Treaty Organization", null,
            5_000_000, null, "North Atlantic Treaty Organization", "NATO"),
        entry("test:nyt", Kind.ORGANIZATION, EntityType.ORGANIZATION, "The New York Times", "US", 5_000_000, null,
            "The New York Times", "New York Times"),
        entry("test:putin", Kind.PERSON, EntityType.PERSON, "Vladimir Putin", "RU", 5_000_000, null,
            "Vladimir Putin", "Putin"),
        entry(null, Kind.PERSON, EntityType.PERSON, "Marco Rubio", "US", 5_000_000, null, "Marco Rubio", "Rubio")),
        Set.of("reading", "nice", "details", "according", "however", "police", "split", "leaders", "meet", "talks",
            "peace"),
        Set.of("Martin"));
  }

  static KbEntry entry(String id, Kind kind, EntityType type, String name, String country, long prior, String ref,
      String... aliases) {
    return new KbEntry(id, kind, type, name, country, prior, ref, List.of(aliases));
  }
}
