package dev.newsflow.schemas.kafka;

/**
 * The pipeline's topic names. Defaults follow the design brief; every service lets users override them.
 * Immutable and thread-safe.
 *
 * @param raw raw articles from ingest
 * @param enriched enriched articles from the topology
 * @param dlq dead letters: original bytes plus error headers
 */
public record TopicNames(String raw, String enriched, String dlq) {

  public static final String DEFAULT_RAW = "news.raw";
  public static final String DEFAULT_ENRICHED = "news.enriched";
  public static final String DEFAULT_DLQ = "news.dlq";

  public TopicNames {
    requireName(raw, "raw");
    requireName(enriched, "enriched");
    requireName(dlq, "dlq");
    if (raw.equals(enriched) || raw.equals(dlq) || enriched.equals(dlq)) {
      throw new IllegalArgumentException("raw, enriched and dlq topics must differ: " + raw + ", " + enriched + ", " + dlq);
    }
  }

  public static TopicNames defaults() {
    return new TopicNames(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DLQ);
  }

  private static void requireName(String name, String what) {
    if (name == null || name.isBlank() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("invalid " + what + " topic name: '" + name + "'");
    }
  }
}
