package dev.newsflow.tagging.entities.model;

import dev.newsflow.tagging.entities.EntityType;
import java.util.Locale;

/** The entity type names the OpenNLP model uses, and their {@link EntityType}s. */
public final class NerTypes {

  private NerTypes() {}

  /** The OpenNLP type name for a type: lower-case, as in {@code <START:person>}. */
  public static String modelName(EntityType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The type for an OpenNLP type name, or null when the name is none of ours. */
  public static EntityType fromModelName(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "person", "per" -> EntityType.PERSON;
      case "organization", "organisation", "org" -> EntityType.ORGANIZATION;
      case "location", "loc", "gpe" -> EntityType.LOCATION;
      case "misc" -> EntityType.MISC;
      case "event" -> EntityType.EVENT;
      default -> null;
    };
  }
}
