package dev.newsflow.schemas.registry;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * One subject of an {@link InMemorySchemaStore}: its versions by number (soft-deleted ones kept until a
 * permanent delete), and its own compatibility level and mode (null when it has none). Not thread-safe:
 * the store's lock guards it.
 */
final class SubjectHistory {

  /** One version of the subject: its number, the global schema id, and whether it is soft-deleted. */
  record Version(int number, int id, boolean deleted) {
    Version softDeleted() {
      return new Version(number, id, true);
    }
  }

  private final TreeMap<Integer, Version> versions = new TreeMap<>();
  CompatibilityLevel level;
  RegistryMode mode;

  /** The versions the filter accepts, oldest first. */
  List<Version> matching(VersionFilter filter) {
    return versions.values().stream().filter(v -> filter.accepts(v.deleted())).toList();
  }

  List<Version> live() {
    return matching(VersionFilter.LIVE);
  }

  boolean hasLive() {
    return versions.values().stream().anyMatch(v -> !v.deleted());
  }

  /** Whether any version, soft-deleted or not, exists. */
  boolean hasVersions() {
    return !versions.isEmpty();
  }

  /** Whether nothing at all is left: no version, no level, no mode. */
  boolean isEmpty() {
    return versions.isEmpty() && level == null && mode == null;
  }

  Optional<Version> find(int number, boolean includeDeleted) {
    Version version = versions.get(number);
    return version == null || version.deleted() && !includeDeleted ? Optional.empty() : Optional.of(version);
  }

  Optional<Version> latestLive() {
    return versions.descendingMap().values().stream().filter(v -> !v.deleted()).findFirst();
  }

  /** The newest version holding this schema id that the filter accepts. */
  Optional<Version> withId(int id, VersionFilter filter) {
    return versions.descendingMap().values().stream()
        .filter(v -> v.id() == id && filter.accepts(v.deleted()))
        .findFirst();
  }

  boolean references(int id) {
    return versions.values().stream().anyMatch(v -> v.id() == id);
  }

  /** One more than the highest version ever kept, deleted ones included, so numbers are never reused. */
  int nextVersionNumber() {
    return versions.isEmpty() ? 1 : versions.lastKey() + 1;
  }

  /** Adds the version, replacing one with the same number (only an import does that). */
  void put(Version version) {
    versions.put(version.number(), version);
  }

  void remove(int number) {
    versions.remove(number);
  }

  /** Forgets every version and returns their ids. */
  List<Integer> removeAll() {
    List<Integer> ids = versions.values().stream().map(Version::id).toList();
    versions.clear();
    return ids;
  }

  /** Forgets soft-deleted versions below {@code number} that hold {@code id}, as a re-registration does. */
  void removeDeletedWithId(int id, int number) {
    versions.headMap(number).values().removeIf(v -> v.deleted() && v.id() == id);
  }

  /** Soft-deletes every live version, forgets the subject's level and mode, and returns the version numbers. */
  List<Integer> softDeleteAll() {
    List<Integer> numbers = live().stream().map(Version::number).toList();
    versions.replaceAll((number, version) -> version.softDeleted());
    level = null;
    mode = null;
    return numbers;
  }

  RegistrySnapshot.StoredSubject toStored(String name) {
    List<RegistrySnapshot.StoredVersion> stored = versions.values().stream()
        .map(v -> new RegistrySnapshot.StoredVersion(v.number(), v.id(), v.deleted()))
        .toList();
    return new RegistrySnapshot.StoredSubject(name, level == null ? null : level.name(), stored,
        mode == null ? null : mode.name());
  }

  /** Rebuilds a subject; {@link IllegalArgumentException} on an unknown id, level or mode, or a repeated version. */
  static SubjectHistory fromStored(RegistrySnapshot.StoredSubject stored, IntPredicate knownId) {
    SubjectHistory history = new SubjectHistory();
    history.level = stored.compatibility() == null ? null : CompatibilityLevel.fromName(stored.compatibility())
        .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level in snapshot: "
            + stored.compatibility()));
    history.mode = stored.mode() == null ? null : RegistryMode.fromName(stored.mode())
        .orElseThrow(() -> new IllegalArgumentException("Unknown mode in snapshot: " + stored.mode()));
    for (RegistrySnapshot.StoredVersion v : stored.versions()) {
      if (!knownId.test(v.id())) {
        throw new IllegalArgumentException("Subject '" + stored.subject() + "' version " + v.version()
            + " refers to unknown schema id " + v.id());
      }
      if (history.versions.put(v.version(), new Version(v.version(), v.id(), v.deleted())) != null) {
        throw new IllegalArgumentException("Subject '" + stored.subject() + "' has version " + v.version()
            + " twice");
      }
    }
    return history;
  }
}
