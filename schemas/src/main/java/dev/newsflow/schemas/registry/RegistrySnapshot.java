package dev.newsflow.schemas.registry;

import java.util.List;

/**
 * The whole state of an {@link InMemorySchemaStore} as plain data, for saving to a file (the
 * embedded registry writes it as JSON) and restoring later. Immutable.
 *
 * @param formatVersion       layout version of this record, {@link #FORMAT_VERSION} when written
 * @param globalCompatibility the global compatibility level name
 * @param nextId              the next schema id to hand out, so ids stay increasing after deletes
 * @param schemas             every schema ever registered, by global id
 * @param subjects            every subject with its versions, soft-deleted ones included
 */
public record RegistrySnapshot(int formatVersion, String globalCompatibility, int nextId,
                List<StoredSchema> schemas, List<StoredSubject> subjects) {

  public static final int FORMAT_VERSION = 1;

  public RegistrySnapshot {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** A schema and its global id; {@code schema} is the schema's JSON text. */
  public record StoredSchema(int id, String schema) {
  }

  /** A subject, its own compatibility level (null = global) and its versions, oldest first. */
  public record StoredSubject(String subject, String compatibility, List<StoredVersion> versions) {
    public StoredSubject {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** One version of a subject: its number, the schema id, and whether it is soft-deleted. */
  public record StoredVersion(int version, int id, boolean deleted) {
  }
}
