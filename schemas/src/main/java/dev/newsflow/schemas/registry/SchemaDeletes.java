package dev.newsflow.schemas.registry;

import dev.newsflow.schemas.registry.SubjectHistory.Version;
import java.util.List;
import java.util.Optional;

/**
 * The delete rules of an {@link InMemorySchemaStore}, as Confluent applies them: a soft delete first, a
 * permanent one only after it, nothing while read-only. Stateless; callers hold the store's lock.
 */
final class SchemaDeletes {

  private SchemaDeletes() {
  }

  /** See {@link InMemorySchemaStore#deleteSubject}. */
  static List<Integer> deleteSubject(RegistryState state, String subject, boolean permanent) {
    SubjectHistory history = state.subjects.get(subject);
    if (history == null || !history.hasVersions()) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    if (!permanent && !history.hasLive()) {
      throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_SOFT_DELETED,
          "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
    }
    state.requireNotReadOnly(subject);
    List<Integer> deleted;
    if (permanent) {
      if (history.hasLive()) {
        throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_SOFT_DELETED,
            "Subject '" + subject + "' was not deleted first before being permanently deleted");
      }
      deleted = history.matching(VersionFilter.WITH_DELETED).stream().map(Version::number).toList();
      history.removeAll().forEach(state::forgetIfUnused);
      state.dropIfEmpty(subject);
    } else {
      deleted = history.softDeleteAll();
    }
    state.modifications++;
    return deleted;
  }

  /** See {@link InMemorySchemaStore#deleteVersion}. */
  static int deleteVersion(RegistryState state, String subject, int version, boolean permanent) {
    if (version != InMemorySchemaStore.LATEST && version < 1) {
      throw SchemaRegistryException.invalidVersion(String.valueOf(version));
    }
    SubjectHistory history = state.subjects.getOrDefault(subject, new SubjectHistory());
    Optional<Version> target = version == InMemorySchemaStore.LATEST ? history.latestLive() : history.find(version, true);
    if (target.isEmpty()) {
      throw history.hasVersions() ? SchemaRegistryException.versionNotFound(version)
          : SchemaRegistryException.subjectNotFound(subject);
    }
    Version found = target.get();
    if (found.deleted() && !permanent) {
      throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_VERSION_SOFT_DELETED, "Subject '"
          + subject + "' Version " + found.number() + " was soft deleted. Set permanent=true to delete permanently");
    }
    state.requireNotReadOnly(subject);
    if (permanent && !found.deleted()) {
      throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_VERSION_NOT_SOFT_DELETED, "Subject '"
          + subject + "' Version " + found.number() + " was not deleted first before being permanently deleted");
    }
    if (permanent) {
      history.remove(found.number());
      state.forgetIfUnused(found.id());
      state.dropIfEmpty(subject);
    } else {
      history.put(found.softDeleted());
      if (!history.hasLive()) {
        history.level = null;
        history.mode = null;
      }
    }
    state.modifications++;
    return found.number();
  }
}
