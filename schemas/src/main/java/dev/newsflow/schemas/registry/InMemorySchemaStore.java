package dev.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.apache.avro.Schema;

/**
 * The data and rules of a schema registry, held in memory: global ids (the same schema text gets
 * the same id under every subject; ids start at 1 and only grow), versions per subject,
 * compatibility levels (global default {@link CompatibilityLevel#BACKWARD}) enforced on register,
 * and soft deletes. Failures are {@link SchemaRegistryException}s with the codes the Confluent REST
 * API uses, so the {@link MockSchemaRegistryClient} and the embedded HTTP registry, which both
 * delegate here, behave like a real registry.
 *
 * <p>Two schemas are "the same" when their normalised JSON ({@link Schema#toString()}) is equal,
 * so whitespace and key order do not matter but docs and defaults do, as in Confluent.
 *
 * <p>Thread-safe: every public method holds the store's lock; registry traffic is tiny (one call
 * per schema per client, thanks to client caches), so one lock is plenty.
 */
public final class InMemorySchemaStore {

  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, Integer> idsByText = new HashMap<>();
  private final Map<String, SubjectState> subjects = new TreeMap<>();
  private CompatibilityLevel globalLevel;
  private int nextId = 1;
  private long modifications;

  /** A store with the global level BACKWARD, Confluent's default. */
  public InMemorySchemaStore() {
    this(CompatibilityLevel.BACKWARD);
  }

  public InMemorySchemaStore(CompatibilityLevel globalLevel) {
    this.globalLevel = Objects.requireNonNull(globalLevel, "globalLevel");
  }

  /** Parses schema JSON text; a bad schema is {@link SchemaRegistryException#INVALID_SCHEMA}. */
  public static Schema parseSchema(String schemaText) {
    if (schemaText == null || schemaText.isBlank()) {
      throw SchemaRegistryException.invalidSchema("empty schema");
    }
    try {
      // A fresh parser each time: a parser remembers the names it has seen.
      return new Schema.Parser().parse(schemaText);
    } catch (RuntimeException e) {
      // SchemaParseException mostly, but Avro reports some malformed input as other runtime exceptions.
      throw SchemaRegistryException.invalidSchema(String.valueOf(e.getMessage()));
    }
  }

  /** Registers the schema under the subject (see {@link SchemaRegistryClient#register}). */
  public synchronized int register(String subject, Schema schema) {
    requireSubject(subject);
    Objects.requireNonNull(schema, "schema");
    String text = schema.toString();
    SubjectState state = subjects.computeIfAbsent(subject, s -> new SubjectState());
    Optional<Version> existing = state.liveVersionWithId(idsByText.get(text));
    if (existing.isPresent()) {
      return existing.get().id;
    }
    CompatibilityLevel level = effectiveLevel(state);
    CompatibilityChecker.Result result = CompatibilityChecker.check(level, schema, liveSchemas(state));
    if (!result.compatible()) {
      throw new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
          "Schema being registered is incompatible with an earlier schema for subject '" + subject
              + "' (compatibility " + level + "): " + String.join("; ", result.messages()));
    }
    int id = idsByText.computeIfAbsent(text, t -> nextId++);
    schemasById.putIfAbsent(id, schema);
    state.versions.add(new Version(state.nextVersionNumber(), id));
    modifications++;
    return id;
  }

  /** The subject's live version holding this schema; 40401 or 40403 if there is none. */
  public synchronized SchemaMetadata lookup(String subject, Schema schema) {
    SubjectState state = liveSubject(subject);
    Integer id = idsByText.get(schema.toString());
    Version version = state.liveVersionWithId(id)
        .orElseThrow(() -> SchemaRegistryException.schemaNotFound("under subject '" + subject + "'"));
    return metadata(subject, version);
  }

  /** The schema with this global id, deleted subjects notwithstanding; 40403 if unknown. */
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw SchemaRegistryException.schemaNotFound(String.valueOf(id));
    }
    return schema;
  }

  /** The newest live version of the subject; 40401 if it has none. */
  public synchronized SchemaMetadata latest(String subject) {
    List<Version> live = liveSubject(subject).liveVersions();
    return metadata(subject, live.get(live.size() - 1));
  }

  /** A live version of the subject; 40401 unknown subject, 40402 unknown version, 42202 bad number. */
  public synchronized SchemaMetadata version(String subject, int version) {
    if (version < 1) {
      throw SchemaRegistryException.invalidVersion(String.valueOf(version));
    }
    return liveSubject(subject).liveVersions().stream()
        .filter(v -> v.number == version)
        .findFirst()
        .map(v -> metadata(subject, v))
        .orElseThrow(() -> SchemaRegistryException.versionNotFound(version));
  }

  /** The live version numbers of the subject, ascending; 40401 if it has none. */
  public synchronized List<Integer> versions(String subject) {
    return liveSubject(subject).liveVersions().stream().map(v -> v.number).toList();
  }

  /** Subjects with at least one live version, sorted. */
  public synchronized List<String> subjects() {
    return subjects.entrySet().stream()
        .filter(e -> !e.getValue().liveVersions().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Deletes the subject's versions and returns their numbers. A soft delete hides them (ids stay
   * resolvable); {@code permanent} forgets them and requires a soft delete first, as in Confluent.
   */
  public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
    SubjectState state = subjects.get(subject);
    if (state == null || state.versions.isEmpty()) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    List<Integer> live = state.liveVersions().stream().map(v -> v.number).toList();
    if (permanent) {
      if (!live.isEmpty()) {
        throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_SOFT_DELETED,
            "Subject '" + subject + "' was not deleted first before being permanently deleted");
      }
      List<Integer> all = state.versions.stream().map(v -> v.number).toList();
      subjects.remove(subject);
      modifications++;
      return all;
    }
    if (live.isEmpty()) {
      throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_SOFT_DELETED,
          "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
    }
    state.versions.forEach(v -> v.deleted = true);
    modifications++;
    return live;
  }

  /** Would {@code schema} be accepted as the subject's next version? An unknown subject accepts anything. */
  public synchronized CompatibilityChecker.Result testCompatibility(String subject, Schema schema) {
    requireSubject(subject);
    SubjectState state = subjects.get(subject);
    if (state == null) {
      return new CompatibilityChecker.Result(true, List.of());
    }
    return CompatibilityChecker.check(effectiveLevel(state), schema, liveSchemas(state));
  }

  /** Checks {@code schema} against one given version, in the direction(s) of the subject's level. */
  public synchronized CompatibilityChecker.Result testCompatibility(String subject, int version, Schema schema) {
    SchemaMetadata against = version(subject, version);
    CompatibilityLevel level = effectiveLevel(subjects.get(subject));
    return CompatibilityChecker.check(level, schema, List.of(against.schema()));
  }

  public synchronized CompatibilityLevel globalCompatibility() {
    return globalLevel;
  }

  public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
    globalLevel = Objects.requireNonNull(level, "level");
    modifications++;
  }

  /** The subject's own level, if one was set. */
  public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    SubjectState state = subjects.get(subject);
    return state == null ? Optional.empty() : Optional.ofNullable(state.level);
  }

  /** The level that applies to the subject: its own, else the global one. */
  public synchronized CompatibilityLevel effectiveCompatibility(String subject) {
    return effectiveLevel(subjects.get(subject));
  }

  /** Sets the subject's own level; the subject need not have versions yet. */
  public synchronized void setSubjectCompatibility(String subject, CompatibilityLevel level) {
    requireSubject(subject);
    subjects.computeIfAbsent(subject, s -> new SubjectState()).level = Objects.requireNonNull(level, "level");
    modifications++;
  }

  /** Removes the subject's own level and returns it; 40408 if it had none. */
  public synchronized CompatibilityLevel clearSubjectCompatibility(String subject) {
    CompatibilityLevel previous = subjectCompatibility(subject)
        .orElseThrow(() -> subjectCompatibilityNotConfigured(subject));
    subjects.get(subject).level = null;
    modifications++;
    return previous;
  }

  /** The error a registry answers for a subject without a level of its own. */
  public static SchemaRegistryException subjectCompatibilityNotConfigured(String subject) {
    return new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
        "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  /** Grows with every change; lets a persister skip writing unchanged state. */
  public synchronized long modificationCount() {
    return modifications;
  }

  /** A copy of the whole state as plain data. */
  public synchronized RegistrySnapshot snapshot() {
    List<RegistrySnapshot.StoredSchema> schemas = new TreeMap<>(schemasById).entrySet().stream()
        .map(e -> new RegistrySnapshot.StoredSchema(e.getKey(), e.getValue().toString()))
        .toList();
    List<RegistrySnapshot.StoredSubject> subjectList = subjects.entrySet().stream()
        .map(e -> e.getValue().toStored(e.getKey()))
        .toList();
    return new RegistrySnapshot(RegistrySnapshot.FORMAT_VERSION, globalLevel.name(), nextId, schemas, subjectList);
  }

  /** A store holding the state of a snapshot; throws {@link IllegalArgumentException} if it is inconsistent. */
  public static InMemorySchemaStore fromSnapshot(RegistrySnapshot snapshot) {
    if (snapshot.formatVersion() != RegistrySnapshot.FORMAT_VERSION) {
      throw new IllegalArgumentException("Unsupported registry snapshot format " + snapshot.formatVersion());
    }
    InMemorySchemaStore store = new InMemorySchemaStore(levelOrFail(snapshot.globalCompatibility()));
    for (RegistrySnapshot.StoredSchema stored : snapshot.schemas()) {
      Schema schema = parseSchema(stored.schema());
      if (store.schemasById.putIfAbsent(stored.id(), schema) != null) {
        throw new IllegalArgumentException("Duplicate schema id " + stored.id() + " in snapshot");
      }
      store.idsByText.putIfAbsent(schema.toString(), stored.id());
    }
    for (RegistrySnapshot.StoredSubject stored : snapshot.subjects()) {
      store.subjects.put(stored.subject(), SubjectState.fromStored(stored, store.schemasById.keySet()::contains));
    }
    int maxId = store.schemasById.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    store.nextId = Math.max(snapshot.nextId(), maxId + 1);
    return store;
  }

  private static CompatibilityLevel levelOrFail(String name) {
    return CompatibilityLevel.fromName(name)
        .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level in snapshot: " + name));
  }

  private SubjectState liveSubject(String subject) {
    SubjectState state = subjects.get(subject);
    if (state == null || state.liveVersions().isEmpty()) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    return state;
  }

  private CompatibilityLevel effectiveLevel(SubjectState state) {
    return state != null && state.level != null ? state.level : globalLevel;
  }

  private List<Schema> liveSchemas(SubjectState state) {
    return state.liveVersions().stream().map(v -> schemasById.get(v.id)).toList();
  }

  private SchemaMetadata metadata(String subject, Version version) {
    return new SchemaMetadata(version.id, version.number, subject, schemasById.get(version.id));
  }

  private static void requireSubject(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("subject must not be empty");
    }
  }

  /** A subject's versions (oldest first, soft-deleted ones kept) and its own level. */
  private static final class SubjectState {
    final List<Version> versions = new ArrayList<>();
    CompatibilityLevel level;

    List<Version> liveVersions() {
      return versions.stream().filter(v -> !v.deleted).toList();
    }

    Optional<Version> liveVersionWithId(Integer id) {
      return id == null ? Optional.empty()
          : versions.stream().filter(v -> !v.deleted && v.id == id).findFirst();
    }

    int nextVersionNumber() {
      return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number + 1;
    }

    RegistrySnapshot.StoredSubject toStored(String name) {
      List<RegistrySnapshot.StoredVersion> stored = versions.stream()
          .map(v -> new RegistrySnapshot.StoredVersion(v.number, v.id, v.deleted))
          .toList();
      return new RegistrySnapshot.StoredSubject(name, level == null ? null : level.name(), stored);
    }

    static SubjectState fromStored(RegistrySnapshot.StoredSubject stored,
                    IntPredicate knownId) {
      SubjectState state = new SubjectState();
      state.level = stored.compatibility() == null ? null : levelOrFail(stored.compatibility());
      for (RegistrySnapshot.StoredVersion v : stored.versions()) {
        if (!knownId.test(v.id())) {
          throw new IllegalArgumentException("Subject '" + stored.subject() + "' version " + v.version()
              + " refers to unknown schema id " + v.id());
        }
        Version version = new Version(v.version(), v.id());
        version.deleted = v.deleted();
        state.versions.add(version);
      }
      return state;
    }
  }

  /** One version of a subject; {@code deleted} flips on a soft delete. */
  private static final class Version {
    final int number;
    final int id;
    boolean deleted;

    Version(int number, int id) {
      this.number = number;
      this.id = id;
    }
  }
}
