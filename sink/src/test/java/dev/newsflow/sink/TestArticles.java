package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.List;

/** Enriched articles for sink tests. */
final class TestArticles {

  private TestArticles() {}

  static EnrichedArticle article(String id, String title) {
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setSourceId("test")
        .setSourceType(SourceType.FILE)
        .setUrl("https://news.example/" + id)
        .setTitle(title)
        .setAuthors(List.of("A. Writer"))
        .setFetchedAt(Instant.parse("2025-01-01T00:00:00Z"))
        .setEnrichedAt(Instant.parse("2025-01-01T00:00:01Z"))
        .setText("Body of " + title)
        .setWordCount(3)
        .setEntities(List.of(Entity.newBuilder().setName("Northport").setType(EntityType.LOCATION)
            .setMentions(2).setSalience(0.5).setSpans(List.of(new Span(0, 9))).build()))
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.9, 1)))
        .setContentHash("0".repeat(64))
        .setSimhash(42L)
        .setPipelineVersion("test")
        .build();
  }
}
