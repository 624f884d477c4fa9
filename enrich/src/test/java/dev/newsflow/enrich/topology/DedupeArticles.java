package dev.newsflow.enrich.topology;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;

/** Enriched articles with exactly the fields the dedupe processors read, for testing them alone. */
final class DedupeArticles {

  static final Instant T0 = Instant.parse("2025-05-01T12:00:00Z");

  private DedupeArticles() {}

  static EnrichedArticle article(String id, String contentHash, int wordCount, long simhash) {
    return EnrichedArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setFetchedAt(T0).setEnrichedAt(T0).setText("text of " + id).setPipelineVersion("test")
        .setContentHash(contentHash).setWordCount(wordCount).setSimhash(simhash).build();
  }
}
