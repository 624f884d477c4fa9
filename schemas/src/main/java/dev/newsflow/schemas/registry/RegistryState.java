package dev.newsflow.schemas.registry;

import dev.newsflow.schemas.registry.SubjectHistory.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * The data behind an {@link InMemorySchemaStore}: schemas by global id, subjects by name, the global level
 * and mode, the next id, and the small lookups the store's rules share. Converts to and from a
 * {@link RegistrySnapshot}. Not thread-safe: the store's lock guards it.
 */
final class RegistryState {

  final Map<Integer, Schema> schemasById = new HashMap<>();
  final Map<String, Integer> idsByText = new HashMap<>();
  final Map<String, SubjectHistory> subjects = new TreeMap<>();
  CompatibilityLevel globalLevel;
  RegistryMode globalMode = RegistryMode.READWRITE;
  int nextId = 1;
  long modifications;

  RegistryState(CompatibilityLevel globalLevel) {
    this.globalLevel = globalLevel;
  }

  /** The subject if it has a version the filter's deletion rule lets us see; 40401 otherwise. */
  SubjectHistory subjectWith(String subject, VersionFilter filter) {
    SubjectHistory history = subjects.get(subject);
    boolean visible = history != null && (filter == VersionFilter.LIVE ? history.hasLive() : history.hasVersions());
    if (!visible) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    return history;
  }

  /** The subject's own mode if it has one; a global READONLY_OVERRIDE stands in for every subject's. */
  Optional<RegistryMode> subjectMode(String subject) {
    if (globalMode == RegistryMode.READONLY_OVERRIDE) {
      return Optional.of(globalMode);
    }
    SubjectHistory history = subjects.get(subject);
    return history == null ? Optional.empty() : Optional.ofNullable(history.mode);
  }

  RegistryMode effectiveMode(String subjectOrNull) {
    return subjectOrNull == null ? globalMode : subjectMode(subjectOrNull).orElse(globalMode);
  }

  /** 42205 when the subject's mode is read-only. */
  void requireNotReadOnly(String subject) {
    if (effectiveMode(subject).readOnly()) {
      throw SchemaRegistryException.operationNotPermitted("Subject " + subject + " is in read-only mode");
    }
  }

  CompatibilityLevel effectiveLevel(SubjectHistory historyOrNull) {
    return historyOrNull != null && historyOrNull.level != null ? historyOrNull.level : globalLevel;
  }

  List<Schema> liveSchemas(SubjectHistory historyOrNull) {
    return historyOrNull == null ? List.of()
        : historyOrNull.live().stream().map(v -> schemasById.get(v.id())).toList();
  }

  SchemaMetadata metadata(String subject, Version version) {
    return new SchemaMetadata(version.id(), version.number(), subject, schemasById.get(version.id()));
  }

  /** The lowest id at or above {@code nextId} that no schema holds (an import may have taken some). */
  int unusedId() {
    while (schemasById.containsKey(nextId)) {
      nextId++;
    }
    return nextId++;
  }

  /** After a permanent delete: an id no version holds any more is forgotten, as Confluent's hard delete does. */
  void forgetIfUnused(int id) {
    if (subjects.values().stream().anyMatch(h -> h.references(id))) {
      return;
    }
    Schema schema = schemasById.remove(id);
    if (schema != null && idsByText.remove(schema.toString(), id)) {
      // An import may have given the same schema a second id: lookups by text now find that one.
      schemasById.entrySet().stream()
          .filter(e -> e.getValue().toString().equals(schema.toString()))
          .findFirst()
          .ifPresent(e -> idsByText.put(schema.toString(), e.getKey()));
    }
  }

  /** Forgets a subject with nothing left: no version, no level, no mode. */
  void dropIfEmpty(String subject) {
    SubjectHistory history = subjects.get(subject);
    if (history != null && history.isEmpty()) {
      subjects.remove(subject);
    }
  }

  RegistrySnapshot snapshot() {
    List<RegistrySnapshot.StoredSchema> schemas = new TreeMap<>(schemasById).entrySet().stream()
        .map(e -> new RegistrySnapshot.StoredSchema(e.getKey(), e.getValue().toString()))
        .toList();
    List<RegistrySnapshot.StoredSubject> subjectList = subjects.entrySet().stream()
        .map(e -> e.getValue().toStored(e.getKey()))
        .toList();
    return new RegistrySnapshot(RegistrySnapshot.FORMAT_VERSION, globalLevel.name(), nextId, schemas, subjectList,
        globalMode.name());
  }

  /** The state of a snapshot; throws {@link IllegalArgumentException} if it is inconsistent. */
  static RegistryState fromSnapshot(RegistrySnapshot snapshot) {
    if (snapshot.formatVersion() != RegistrySnapshot.FORMAT_VERSION) {
      throw new IllegalArgumentException("Unsupported registry snapshot format " + snapshot.formatVersion());
    }
    RegistryState state = new RegistryState(CompatibilityLevel.fromName(snapshot.globalCompatibility())
        .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level in snapshot: "
            + snapshot.globalCompatibility())));
    if (snapshot.mode() != null) {
      state.globalMode = RegistryMode.fromName(snapshot.mode())
          .orElseThrow(() -> new IllegalArgumentException("Unknown mode in snapshot: " + snapshot.mode()));
    }
    for (RegistrySnapshot.StoredSchema stored : snapshot.schemas()) {
      Schema schema;
      try {
        schema = AvroSchemaText.parse(stored.schema());
      } catch (SchemaRegistryException e) {
        throw new IllegalArgumentException("Schema id " + stored.id() + " in snapshot: " + e.getMessage(), e);
      }
      if (state.schemasById.putIfAbsent(stored.id(), schema) != null) {
        throw new IllegalArgumentException("Duplicate schema id " + stored.id() + " in snapshot");
      }
      state.idsByText.putIfAbsent(schema.toString(), stored.id());
    }
    for (RegistrySnapshot.StoredSubject stored : snapshot.subjects()) {
      state.subjects.put(stored.subject(), SubjectHistory.fromStored(stored, state.schemasById::containsKey));
    }
    int maxId = state.schemasById.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    state.nextId = Math.max(snapshot.nextId(), maxId + 1);
    return state;
  }
}
