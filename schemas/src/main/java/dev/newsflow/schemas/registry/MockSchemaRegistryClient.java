package dev.newsflow.schemas.registry;

import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * An in-process {@link SchemaRegistryClient} for tests and single-JVM runs: no HTTP, same
 * semantics and error codes as a real registry (global ids, BACKWARD compatibility by default,
 * 409 on an incompatible schema), because it delegates to the same {@link InMemorySchemaStore}
 * the embedded registry server uses.
 *
 * <p>Thread-safe. Clients obtained for the same {@code mock://scope} URL through
 * {@link SchemaRegistryClients#create} share one instance; {@link #close()} leaves the state in
 * place for the other users of the scope ({@link SchemaRegistryClients#dropScope} forgets it).
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {

  private final InMemorySchemaStore store;

  public MockSchemaRegistryClient() {
    this(new InMemorySchemaStore());
  }

  /** A client over an existing store, e.g. to share state with an embedded server. */
  public MockSchemaRegistryClient(InMemorySchemaStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The store behind this client. */
  public InMemorySchemaStore store() {
    return store;
  }

  @Override
  public int register(String subject, Schema schema) {
    return store.register(subject, schema);
  }

  @Override
  public Schema getById(int id) {
    return store.schemaById(id);
  }

  @Override
  public SchemaMetadata getLatest(String subject) {
    return store.latest(subject);
  }

  @Override
  public SchemaMetadata getVersion(String subject, int version) {
    return store.version(subject, version);
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    return store.lookup(subject, schema).id();
  }

  @Override
  public boolean testCompatibility(String subject, Schema schema) {
    return store.testCompatibility(subject, schema).compatible();
  }

  @Override
  public String getCompatibility(String subjectOrNull) {
    return subjectOrNull == null
        ? store.globalCompatibility().name()
        : store.effectiveCompatibility(subjectOrNull).name();
  }

  @Override
  public void setCompatibility(String subjectOrNull, String level) {
    CompatibilityLevel parsed = CompatibilityLevel.fromName(level)
        .orElseThrow(() -> SchemaRegistryException.invalidCompatibilityLevel(level));
    if (subjectOrNull == null) {
      store.setGlobalCompatibility(parsed);
    } else {
      store.setSubjectCompatibility(subjectOrNull, parsed);
    }
  }

  @Override
  public List<String> subjects() {
    return store.subjects();
  }

  /** Does nothing: the state may be shared with other clients of the same scope. */
  @Override
  public void close() {
  }
}
