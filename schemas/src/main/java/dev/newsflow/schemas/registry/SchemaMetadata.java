package dev.newsflow.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject: the global schema id, the version number within the subject, and the
 * schema itself. Immutable.
 */
public record SchemaMetadata(int id, int version, String subject, Schema schema) {

  public SchemaMetadata {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }
}
