package dev.newsflow.schemas.registry;

import java.util.List;

/**
 * The whole state of an {@link InMemorySchemaStore} as plain data, for saving to a file (the
 * embedded registry writes it as JSON) and restoring later. Immutable.
 *
 * <p>Fields were only ever added, with null meaning "as before", so files written by older versions
 * still load: a snapshot without {@code mode} is a READWRITE registry.
 *
 * @param formatVersion       layout version of this record, {@link #FORMAT_VERSION} when written
 * @param globalCompatibility the global compatibility level name
 * @param nextId              the next schema id to hand out, so ids stay increasing after deletes
 * @param schemas             every schema with a global id, by id
 * @param subjects            every subject with its versions, soft-deleted ones included
 * @param mode                the global mode name; null means READWRITE
 */
public record RegistrySnapshot(int formatVersion, String globalCompatibility, int nextId,
                List<StoredSchema> schemas, List<StoredSubject> subjects, String mode) {

  public static final int FORMAT_VERSION = 1;

  public RegistrySnapshot {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** A snapshot of a READWRITE registry. */
  public RegistrySnapshot(int formatVersion, String globalCompatibility, int nextId,
              List<StoredSchema> schemas, List<StoredSubject> subjects) {
    this(formatVersion, globalCompatibility, nextId, schemas, subjects, null);
  }

  /** A schema and its global id; {@code schema} is the schema's JSON text. */
  public record StoredSchema(int id, String schema) {
  }

  /**
   * A subject, its own compatibility level (null = global), its versions by number, and its own mode
   * (null = global).
   */
  public record StoredSubject(String subject, String compatibility, List<StoredVersion> versions, String mode) {
    public StoredSubject {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public StoredSubject(String subject, String compatibility, List<StoredVersion> versions) {
      this(subject, compatibility, versions, null);
    }
  }

  /** One version of a subject: its number, the schema id, and whether it is soft-deleted. */
  public record StoredVersion(int version, int id, boolean deleted) {
  }
}
