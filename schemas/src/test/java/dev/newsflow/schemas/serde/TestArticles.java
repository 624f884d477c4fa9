package dev.newsflow.schemas.serde;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small, fully populated records for serde tests. */
final class TestArticles {

  private TestArticles() {
  }

  static RawArticle rawArticle() {
    return RawArticle.newBuilder()
        .setId("0123456789abcdef0123456789abcdef")
        .setSourceId("https://example.org/feed.xml")
        .setSourceType(SourceType.FEED)
        .setUrl("https://example.org/news/1")
        .setContentType(ContentType.HTML)
        .setContent("<html><body><p>Hello, wörld</p></body></html>")
        .setTitle("Hello")
        .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
        .setFetchedAt(Instant.ofEpochMilli(1_700_000_100_000L))
        .setHints(Map.of("language", "en"))
        .build();
  }

  static EnrichedArticle enrichedArticle() {
    return EnrichedArticle.newBuilder()
        .setId("0123456789abcdef0123456789abcdef")
        .setSourceId("https://example.org/feed.xml")
        .setSourceType(SourceType.FEED)
        .setUrl("https://example.org/news/1")
        .setTitle("Merkel meets Macron in Paris")
        .setAuthors(List.of("A. Writer"))
        .setFetchedAt(Instant.ofEpochMilli(1_700_000_100_000L))
        .setEnrichedAt(Instant.ofEpochMilli(1_700_000_200_000L))
        .setLanguage("en")
        .setText("Merkel meets Macron in Paris.")
        .setWordCount(5)
        .setEntities(List.of(
            new Entity("Angela Merkel", EntityType.PERSON, "Q567", 1, 0.9, List.of(new Span(0, 6))),
            new Entity("Paris", EntityType.LOCATION, null, 1, 0.4, List.of(new Span(23, 28)))))
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.8, 1)))
        .setContentHash("ab".repeat(32))
        .setSimhash(-42L)
        .setPipelineVersion("test")
        .build();
  }
}
