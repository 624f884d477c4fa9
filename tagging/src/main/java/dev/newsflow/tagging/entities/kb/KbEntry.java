package dev.newsflow.tagging.entities.kb;

import dev.newsflow.tagging.entities.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * One known entity.
 *
 * @param id a GeoNames id ({@code geonames:NNN}) or Wikidata QID, or null when no certain id is known
 * @param kind what sort of thing it is (country, city, person, ...), used when linking
 * @param type the entity type it is tagged with
 * @param name the canonical name
 * @param country ISO 3166 alpha-2 code of the country it belongs to, or null
 * @param prior how likely a bare mention means this entry rather than a namesake (population for places, a fixed
 *     importance for curated entries)
 * @param ref the id of the entry this one points at (a demonym's country), or null
 * @param aliases every surface form, the canonical name first
 */
public record KbEntry(String id, Kind kind, EntityType type, String name, String country, long prior, String ref,
    List<String> aliases) {

  /** What sort of thing an entry is. */
  public enum Kind { COUNTRY, CITY, PLACE, ORGANIZATION, PERSON, DEMONYM, GROUP, EVENT }

  public KbEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    id = id == null || id.isEmpty() ? null : id;
    country = country == null || country.isEmpty() ? null : country;
    ref = ref == null || ref.isEmpty() ? null : ref;
  }

  /** The id an entity linked to this entry carries: its own, or for a demonym the country's. */
  public String linkId() {
    return id != null ? id : ref;
  }
}
