package dev.newsflow.schemas.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * What a registry (or one subject) lets clients write, named as in the Confluent API. A global
 * {@link #READONLY_OVERRIDE} wins over every subject's own mode.
 */
public enum RegistryMode {
  /** The default: register and delete as usual; ids are assigned by the registry. */
  READWRITE,
  /** Reads only: registering and deleting are refused. */
  READONLY,
  /** Like {@link #READONLY}, and when set globally it overrides the subjects' modes. */
  READONLY_OVERRIDE,
  /** For migrations: schemas are registered with the ids (and versions) the client gives, unchecked. */
  IMPORT;

  /** Whether writes are refused. */
  public boolean readOnly() {
    return this == READONLY || this == READONLY_OVERRIDE;
  }

  /** Parses a mode name case-insensitively; empty if it is not one. */
  public static Optional<RegistryMode> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
