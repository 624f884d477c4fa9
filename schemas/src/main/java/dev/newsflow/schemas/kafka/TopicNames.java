package dev.newsflow.schemas.kafka;

/**
 * The pipeline's topic names. Defaults follow the design brief; every service lets users override them.
 * Immutable and thread-safe.
 *
 * @param raw raw articles from ingest
 * @param enriched enriched articles from the topology
 * @param dlq dead letters: original bytes plus error headers
 * @param stories story state keyed by story id (compacted)
 */
public record TopicNames(String raw, String enriched, String dlq, String stories) {

  public static final String DEFAULT_RAW = "news.raw";
  public static final String DEFAULT_ENRICHED = "news.enriched";
  public static final String DEFAULT_DLQ = "news.dlq";
  public static final String DEFAULT_STORIES = "news.stories";

  public TopicNames {
    requireName(raw, "raw");
    requireName(enriched, "enriched");
    requireName(dlq, "dlq");
    requireName(stories, "stories");
    if (java.util.Set.of(raw, enriched, dlq, stories).size() != 4) {
      throw new IllegalArgumentException(
          "raw, enriched, dlq and stories topics must differ: " + raw + ", " + enriched + ", " + dlq + ", " + stories);
    }
  }

  /** Names with the stories topic named after the enriched one ({@code x.enriched} → {@code x.stories}). */
  public TopicNames(String raw, String enriched, String dlq) {
    this(raw, enriched, dlq, storiesFor(enriched));
  }

  public static TopicNames defaults() {
    return new TopicNames(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DLQ, DEFAULT_STORIES);
  }

  private static String storiesFor(String enriched) {
    return enriched != null && enriched.endsWith(".enriched")
        ? enriched.substring(0, enriched.length() - ".enriched".length()) + ".stories"
        : enriched + ".stories";
  }

  private static void requireName(String name, String what) {
    if (name == null || name.isBlank() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("invalid " + what + " topic name: '" + name + "'");
    }
  }
}
