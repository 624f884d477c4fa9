package dev.newsflow.schemas.registry;

import dev.newsflow.schemas.registry.SubjectHistory.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The data and rules of a schema registry, held in memory: global ids (the same schema text gets
 * the same id under every subject; ids start at 1 and only grow), versions per subject,
 * compatibility levels (global default {@link CompatibilityLevel#BACKWARD}) enforced on register,
 * modes ({@link RegistryMode}), soft and permanent deletes. Failures are {@link SchemaRegistryException}s
 * with the codes the Confluent REST API uses, so the {@link MockSchemaRegistryClient} and the embedded
 * HTTP registry, which both delegate here, behave like a real registry.
 *
 * <p>Two schemas are "the same" when their normalised JSON ({@link Schema#toString()}) is equal,
 * so whitespace and key order do not matter but docs and defaults do, as in Confluent.
 *
 * <p>Thread-safe: every public method holds the store's lock; registry traffic is tiny (one call
 * per schema per client, thanks to client caches), so one lock is plenty.
 */
public final class InMemorySchemaStore {

  /** Stands for "latest" where a version number is expected (Confluent's {@code -1}). */
  public static final int LATEST = -1;

  private final RegistryState state;

  /** A store with the global level BACKWARD, Confluent's default. */
  public InMemorySchemaStore() {
    this(CompatibilityLevel.BACKWARD);
  }

  public InMemorySchemaStore(CompatibilityLevel globalLevel) {
    this(new RegistryState(Objects.requireNonNull(globalLevel, "globalLevel")));
  }

  private InMemorySchemaStore(RegistryState state) {
    this.state = state;
  }

  /** Parses schema JSON text; a bad schema is {@link SchemaRegistryException#INVALID_SCHEMA}. */
  public static Schema parseSchema(String schemaText) {
    return AvroSchemaText.parse(schemaText);
  }

  /** Registers the schema under the subject (see {@link SchemaRegistryClient#register}). */
  public int register(String subject, Schema schema) {
    return register(subject, schema, -1, 0);
  }

  /**
   * Registers the schema under the subject, as Confluent's {@code POST /subjects/{s}/versions} does.
   * A schema the subject already holds answers its id, whatever the mode. Otherwise a read-only mode
   * refuses (42205); an explicit id needs IMPORT mode and no id needs READWRITE (42205); outside IMPORT the
   * schema must pass the compatibility check (409/40901) and an explicit version must be the next one
   * (42201); an explicit id already holding another schema is refused (42205).
   *
   * @param explicitId      the id to register under, or negative to let the registry choose
   * @param explicitVersion the version number to use, or 0 (or negative) for the next one
   * @return the schema's global id
   */
  public synchronized int register(String subject, Schema schema, int explicitId, int explicitVersion) {
    requireSubject(subject);
    String text = Objects.requireNonNull(schema, "schema").toString();
    Integer knownId = state.idsByText.get(text);
    SubjectHistory history = state.subjects.get(subject);
    boolean idMatches = knownId != null && (explicitId < 0 || explicitId == knownId);
    if (explicitVersion <= 0 && idMatches && history != null
        && history.withId(knownId, VersionFilter.LIVE).isPresent()) {
      return knownId;
    }
    RegistryMode mode = effectiveMode(subject);
    requireWritable(subject, mode, explicitId >= 0);
    if (mode != RegistryMode.IMPORT) {
      CompatibilityLevel level = state.effectiveLevel(history);
      CompatibilityChecker.Result result = CompatibilityChecker.check(level, schema, state.liveSchemas(history));
      if (!result.compatible()) {
        throw new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
            "Schema being registered is incompatible with an earlier schema for subject '" + subject
                + "' (compatibility " + level + "): " + String.join("; ", result.messages()));
      }
    }
    int nextVersion = history == null ? 1 : history.nextVersionNumber();
    if (explicitVersion > 0 && explicitVersion != nextVersion && mode != RegistryMode.IMPORT) {
      throw SchemaRegistryException.invalidSchema("Version " + explicitVersion
          + " is not one more than the previous version of subject '" + subject + "'");
    }
    int id = idMatches ? knownId : explicitId;
    if (id >= 0) {
      Schema holder = state.schemasById.get(id);
      if (holder != null && !holder.toString().equals(text)) {
        throw SchemaRegistryException.operationNotPermitted(
            "Overwrite new schema with id " + id + " is not permitted.");
      }
    } else {
      id = state.unusedId();
    }
    state.schemasById.putIfAbsent(id, schema);
    state.idsByText.putIfAbsent(text, id);
    state.nextId = Math.max(state.nextId, id + 1);
    int version = explicitVersion > 0 ? explicitVersion : nextVersion;
    history = state.subjects.computeIfAbsent(subject, s -> new SubjectHistory());
    history.removeDeletedWithId(id, version);
    history.put(new Version(version, id, false));
    state.modifications++;
    return id;
  }

  /** The subject's live version holding this schema; 40401 or 40403 if there is none. */
  public SchemaMetadata lookup(String subject, Schema schema) {
    return lookup(subject, schema, false);
  }

  /** The subject's version holding this schema, soft-deleted ones too if asked; 40401 or 40403 if none. */
  public synchronized SchemaMetadata lookup(String subject, Schema schema, boolean includeDeleted) {
    VersionFilter filter = includeDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE;
    SubjectHistory history = state.subjectWith(subject, filter);
    Integer id = state.idsByText.get(schema.toString());
    Version version = Optional.ofNullable(id).flatMap(known -> history.withId(known, filter))
        .orElseThrow(() -> SchemaRegistryException.schemaNotFound("under subject '" + subject + "'"));
    return state.metadata(subject, version);
  }

  /** The schema with this global id, soft-deleted versions notwithstanding; 40403 if unknown. */
  public synchronized Schema schemaById(int id) {
    Schema schema = state.schemasById.get(id);
    if (schema == null) {
      throw SchemaRegistryException.schemaNotFound(String.valueOf(id));
    }
    return schema;
  }

  /** The highest schema id handed out so far (0 before the first). */
  public synchronized int maxId() {
    return state.nextId - 1;
  }

  /** Every version holding this schema id, by subject then version; 40403 if the id is unknown. */
  public synchronized List<SchemaMetadata> versionsOfId(int id, boolean includeDeleted) {
    schemaById(id);
    VersionFilter filter = includeDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE;
    List<SchemaMetadata> found = new ArrayList<>();
    state.subjects.forEach((name, history) -> history.matching(filter).stream()
        .filter(v -> v.id() == id)
        .forEach(v -> found.add(state.metadata(name, v))));
    return found;
  }

  /** The newest live version of the subject; 40401 if it has none. */
  public synchronized SchemaMetadata latest(String subject) {
    return state.metadata(subject, state.subjectWith(subject, VersionFilter.LIVE).latestLive().orElseThrow());
  }

  /** A live version of the subject; 40401 unknown subject, 40402 unknown version, 42202 bad number. */
  public SchemaMetadata version(String subject, int version) {
    return version(subject, version, false);
  }

  /**
   * A version of the subject, or its newest live one for {@link #LATEST}; soft-deleted ones too if asked.
   * 40401 unknown subject, 40402 unknown version, 42202 a number below 1.
   */
  public synchronized SchemaMetadata version(String subject, int version, boolean includeDeleted) {
    if (version != LATEST && version < 1) {
      throw SchemaRegistryException.invalidVersion(String.valueOf(version));
    }
    SubjectHistory history = state.subjectWith(subject,
        includeDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE);
    Optional<Version> found = version == LATEST ? history.latestLive() : history.find(version, includeDeleted);
    return state.metadata(subject, found.orElseThrow(() -> SchemaRegistryException.versionNotFound(version)));
  }

  /** The live version numbers of the subject, ascending; 40401 if it has none. */
  public List<Integer> versions(String subject) {
    return versions(subject, VersionFilter.LIVE);
  }

  /** The subject's version numbers the filter accepts, ascending; 40401 if it has no version to look at. */
  public synchronized List<Integer> versions(String subject, VersionFilter filter) {
    SubjectHistory history = state.subjectWith(subject,
        filter == VersionFilter.LIVE ? VersionFilter.LIVE : VersionFilter.WITH_DELETED);
    return history.matching(filter).stream().map(Version::number).toList();
  }

  /** Subjects with at least one live version, sorted. */
  public List<String> subjects() {
    return subjects("", VersionFilter.LIVE);
  }

  /**
   * Subjects starting with the prefix, sorted: with a live version ({@code LIVE}), with any version
   * ({@code WITH_DELETED}), or whose versions are all soft-deleted ({@code DELETED_ONLY}).
   */
  public synchronized List<String> subjects(String prefix, VersionFilter filter) {
    return state.subjects.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getValue().hasVersions())
        .filter(e -> filter.accepts(!e.getValue().hasLive()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The versions of subjects starting with the prefix, by subject then version; only each newest if asked. */
  public synchronized List<SchemaMetadata> schemas(String prefix, boolean includeDeleted, boolean latestOnly) {
    VersionFilter filter = includeDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE;
    List<SchemaMetadata> found = new ArrayList<>();
    state.subjects.forEach((name, history) -> {
      List<Version> versions = name.startsWith(prefix) ? history.matching(filter) : List.of();
      List<Version> chosen = latestOnly && !versions.isEmpty() ? List.of(versions.get(versions.size() - 1)) : versions;
      chosen.forEach(v -> found.add(state.metadata(name, v)));
    });
    return found;
  }

  /**
   * Deletes the subject's versions and returns their numbers. A soft delete hides them (ids stay
   * resolvable) and forgets the subject's level and mode; {@code permanent} forgets them, and the ids no
   * other version holds, and requires a soft delete first, as in Confluent (40404, 40405).
   */
  public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
    return SchemaDeletes.deleteSubject(state, subject, permanent);
  }

  /**
   * Deletes one version (or the newest live one for {@link #LATEST}) and returns its number: soft, or
   * {@code permanent} after a soft delete, as Confluent's {@code DELETE /subjects/{s}/versions/{v}}.
   * 40401, 40402, 40406 (already soft-deleted), 40407 (not soft-deleted first), 42205 (read-only).
   */
  public synchronized int deleteVersion(String subject, int version, boolean permanent) {
    return SchemaDeletes.deleteVersion(state, subject, version, permanent);
  }

  /** Would {@code schema} be accepted as the subject's next version? An unknown subject accepts anything. */
  public synchronized CompatibilityChecker.Result testCompatibility(String subject, Schema schema) {
    requireSubject(subject);
    SubjectHistory history = state.subjects.get(subject);
    return CompatibilityChecker.check(state.effectiveLevel(history), schema, state.liveSchemas(history));
  }

  /**
   * Checks {@code schema} against one live version (the newest for {@link #LATEST}, which a subject
   * without versions passes), in the direction(s) of the subject's level.
   */
  public synchronized CompatibilityChecker.Result testCompatibility(String subject, int version, Schema schema) {
    SubjectHistory history = state.subjects.get(subject);
    if (version == LATEST && (history == null || !history.hasLive())) {
      return new CompatibilityChecker.Result(true, List.of());
    }
    SchemaMetadata against = version(subject, version);
    return CompatibilityChecker.check(state.effectiveLevel(history), schema, List.of(against.schema()));
  }

  public synchronized CompatibilityLevel globalCompatibility() {
    return state.globalLevel;
  }

  public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
    state.globalLevel = Objects.requireNonNull(level, "level");
    state.modifications++;
  }

  /** Puts the global level back to the default (BACKWARD) and returns the one it replaced. */
  public synchronized CompatibilityLevel resetGlobalCompatibility() {
    CompatibilityLevel previous = state.globalLevel;
    setGlobalCompatibility(CompatibilityLevel.BACKWARD);
    return previous;
  }

  /** The subject's own level, if one was set. */
  public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    SubjectHistory history = state.subjects.get(subject);
    return history == null ? Optional.empty() : Optional.ofNullable(history.level);
  }

  /** The level that applies to the subject: its own, else the global one. */
  public synchronized CompatibilityLevel effectiveCompatibility(String subject) {
    return state.effectiveLevel(state.subjects.get(subject));
  }

  /** Sets the subject's own level; the subject need not have versions yet. */
  public synchronized void setSubjectCompatibility(String subject, CompatibilityLevel level) {
    requireSubject(subject);
    state.subjects.computeIfAbsent(subject, s -> new SubjectHistory()).level = Objects.requireNonNull(level, "level");
    state.modifications++;
  }

  /** Removes the subject's own level and returns it; 40401 if it had none, as Confluent answers. */
  public synchronized CompatibilityLevel clearSubjectCompatibility(String subject) {
    CompatibilityLevel previous = subjectCompatibility(subject)
        .orElseThrow(() -> SchemaRegistryException.subjectNotFound(subject));
    state.subjects.get(subject).level = null;
    state.dropIfEmpty(subject);
    state.modifications++;
    return previous;
  }

  /** The error a registry answers for a subject without a level of its own. */
  public static SchemaRegistryException subjectCompatibilityNotConfigured(String subject) {
    return new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
        "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  public synchronized RegistryMode globalMode() {
    return state.globalMode;
  }

  /** The subject's own mode if it has one; a global READONLY_OVERRIDE stands in for every subject's. */
  public synchronized Optional<RegistryMode> subjectMode(String subject) {
    return state.subjectMode(subject);
  }

  /** The mode that applies to the subject (its own, else the global one), or the global mode for null. */
  public synchronized RegistryMode effectiveMode(String subjectOrNull) {
    return state.effectiveMode(subjectOrNull);
  }

  /**
   * Sets the global mode (subject null) or a subject's. Entering IMPORT, unless {@code force}, requires
   * that no subject in scope has a live version (42205) and permanently deletes the soft-deleted ones,
   * as Confluent does, so imported ids cannot collide with them.
   */
  public synchronized void setMode(String subjectOrNull, RegistryMode mode, boolean force) {
    Objects.requireNonNull(mode, "mode");
    if (mode == RegistryMode.IMPORT && effectiveMode(subjectOrNull) != RegistryMode.IMPORT && !force) {
      List<String> scope = subjectOrNull == null ? List.copyOf(state.subjects.keySet()) : List.of(subjectOrNull);
      if (scope.stream().map(state.subjects::get).anyMatch(h -> h != null && h.hasLive())) {
        throw SchemaRegistryException.operationNotPermitted("Cannot import since found existing subjects");
      }
      scope.stream().filter(state.subjects::containsKey).forEach(name -> {
        state.subjects.get(name).removeAll().forEach(state::forgetIfUnused);
        state.dropIfEmpty(name);
      });
    }
    if (subjectOrNull == null) {
      state.globalMode = mode;
    } else {
      requireSubject(subjectOrNull);
      state.subjects.computeIfAbsent(subjectOrNull, s -> new SubjectHistory()).mode = mode;
    }
    state.modifications++;
  }

  /** Removes the subject's own mode and returns what GET answered for it; 40401 if it had none. */
  public synchronized RegistryMode clearSubjectMode(String subject) {
    RegistryMode previous = subjectMode(subject).orElseThrow(() -> SchemaRegistryException.subjectNotFound(subject));
    SubjectHistory history = state.subjects.get(subject);
    if (history != null) {
      history.mode = null;
      state.dropIfEmpty(subject);
    }
    state.modifications++;
    return previous;
  }

  /** Grows with every change; lets a persister skip writing unchanged state. */
  public synchronized long modificationCount() {
    return state.modifications;
  }

  /** A copy of the whole state as plain data. */
  public synchronized RegistrySnapshot snapshot() {
    return state.snapshot();
  }

  /** A store holding the state of a snapshot; throws {@link IllegalArgumentException} if it is inconsistent. */
  public static InMemorySchemaStore fromSnapshot(RegistrySnapshot snapshot) {
    return new InMemorySchemaStore(RegistryState.fromSnapshot(snapshot));
  }

  private void requireWritable(String subject, RegistryMode mode, boolean explicitId) {
    if (mode.readOnly()) {
      throw SchemaRegistryException.operationNotPermitted("Subject " + subject + " is in read-only mode");
    }
    if (explicitId && mode != RegistryMode.IMPORT) {
      throw SchemaRegistryException.operationNotPermitted("Subject " + subject + " is not in import mode");
    }
    if (!explicitId && mode != RegistryMode.READWRITE) {
      throw SchemaRegistryException.operationNotPermitted("Subject " + subject + " is not in read-write mode");
    }
  }


  private static void requireSubject(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("subject must not be empty");
    }
  }
}
