package dev.newsflow.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API the pipeline needs, for Avro schemas.
 *
 * <p>Semantics follow Confluent's: schema ids are global, so the same schema registered under two
 * subjects gets the same id; registering a schema the subject already has returns its id without
 * creating a version; a schema the subject's compatibility level rejects fails with
 * {@link SchemaRegistryException#INCOMPATIBLE_SCHEMA}. Every failure is a
 * {@link SchemaRegistryException}.
 *
 * <p>Implementations are thread-safe.
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** Registers {@code schema} under {@code subject} if it is not there yet; returns its global id. */
  int register(String subject, Schema schema);

  /** The schema with this global id; {@link SchemaRegistryException#SCHEMA_NOT_FOUND} if none. */
  Schema getById(int id);

  /** The newest version of the subject; {@link SchemaRegistryException#SUBJECT_NOT_FOUND} if none. */
  SchemaMetadata getLatest(String subject);

  /** A given version of the subject (1-based). */
  SchemaMetadata getVersion(String subject, int version);

  /** The id of a schema already registered under the subject, without registering it. */
  int lookupId(String subject, Schema schema);

  /** Whether the subject's compatibility level would accept {@code schema} as its next version. */
  boolean testCompatibility(String subject, Schema schema);

  /**
   * The compatibility level in force for the subject (its own if set, else the global one), or
   * the global level when {@code subjectOrNull} is null.
   */
  String getCompatibility(String subjectOrNull);

  /** Sets the level of a subject, or the global level when {@code subjectOrNull} is null. */
  void setCompatibility(String subjectOrNull, String level);

  /** The subjects that have at least one live version. */
  List<String> subjects();

  /** Releases resources; never throws a checked exception. */
  @Override
  void close();
}
