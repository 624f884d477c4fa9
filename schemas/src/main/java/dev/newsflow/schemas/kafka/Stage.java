package dev.newsflow.schemas.kafka;

import java.util.Locale;

/**
 * The pipeline's stages, by the name that appears in dead-letter headers ({@link DeadLetters#HEADER_STAGE}) and
 * in the {@code stage} tag of the metrics. In the topology a stage's name is also its processor's name, so the
 * processing exception handler can name the stage from the processor that failed.
 */
public enum Stage {
  /** Reading a record's bytes (a value that is not Avro of our schema). */
  DESERIALIZE,
  /** Page or text to clean text and metadata. */
  CLEAN,
  /** Exact and near-duplicate detection. */
  DEDUPE,
  ENTITIES,
  TOPICS,
  /** Grouping articles into stories. */
  STORIES,
  /** Writing to a store. */
  SINK;

  /** The name used in headers, metric tags and processor names: "clean", "entities", ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
