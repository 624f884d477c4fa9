package dev.newsflow.sink.store;

import static dev.newsflow.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upserts by id: idempotent, updates replace child rows, older versions never win. */
abstract class AbstractUpsertSuite extends AbstractStoreSuite {

  private static final String SNAPSHOT = "SELECT a.id, a.title, a.word_count, a.source, "
      + "(SELECT count(*) FROM article_entities e WHERE e.article_id = a.id), "
      + "(SELECT count(*) FROM article_topics t WHERE t.article_id = a.id) FROM articles a ORDER BY a.id";

  @Test
  void shouldWriteTheSameRowsWhenTheSameBatchArrivesTwice() throws Exception {
    List<EnrichedArticle> batch = List.of(article("a", "First"), article("b", "Second"), article("c", "Third"));
    store.write(batch);
    List<List<Object>> once = fixture.query(SNAPSHOT);
    store.write(batch);

    assertThat(fixture.query(SNAPSHOT)).isEqualTo(once);
    assertThat(count("SELECT count(*) FROM articles")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM article_entities")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM article_topics")).isEqualTo(3);
  }

  @Test
  void shouldReplaceEntitiesAndTopicsWhenANewerVersionArrives() throws Exception {
    store.write(List.of(article("a", "First")));
    EnrichedArticle update = EnrichedArticle.newBuilder(article("a", "First, updated"))
        .setEnrichedAt(Instant.parse("2025-01-02T00:00:00Z"))
        .setEntities(List.of(entity("Ada Lovelace", EntityType.PERSON), entity("London", EntityType.LOCATION)))
        .setTopics(List.of(new Topic("medtop:13000000", "science and technology", 0.7, 1)))
        .build();
    store.write(List.of(update));

    assertThat(fixture.query("SELECT title FROM articles WHERE id = ?", "a")).containsExactly(
        List.of("First, updated"));
    assertThat(fixture.query("SELECT name FROM article_entities WHERE article_id = ? ORDER BY name", "a"))
        .containsExactly(List.of("Ada Lovelace"), List.of("London"));
    assertThat(fixture.query("SELECT label FROM article_topics WHERE article_id = ?", "a"))
        .containsExactly(List.of("science and technology"));
  }

  @Test
  void shouldIgnoreAnOlderVersionOfAnArticleAndKeepItsEntities() throws Exception {
    EnrichedArticle newer = EnrichedArticle.newBuilder(article("a", "Newer"))
        .setEnrichedAt(Instant.parse("2025-03-01T00:00:00Z")).build();
    EnrichedArticle older = EnrichedArticle.newBuilder(article("a", "Older"))
        .setEnrichedAt(Instant.parse("2025-02-01T00:00:00Z"))
        .setEntities(List.of(entity("Stale Name", EntityType.MISC))).build();
    store.write(List.of(newer));
    store.write(List.of(older, article("b", "Other")));

    assertThat(fixture.query("SELECT title FROM articles WHERE id = ?", "a")).containsExactly(List.of("Newer"));
    assertThat(fixture.query("SELECT name FROM article_entities WHERE article_id = ?", "a"))
        .containsExactly(List.of("Northport"));
    assertThat(count("SELECT count(*) FROM articles")).isEqualTo(2);
  }

  @Test
  void shouldKeepTheNewestVersionWhenOneBatchHoldsSeveral() throws Exception {
    EnrichedArticle v2 = EnrichedArticle.newBuilder(article("a", "v2"))
        .setEnrichedAt(Instant.parse("2025-03-01T00:00:00Z")).build();
    EnrichedArticle v1 = EnrichedArticle.newBuilder(article("a", "v1"))
        .setEnrichedAt(Instant.parse("2025-02-01T00:00:00Z")).build();
    store.write(List.of(v2, v1));

    assertThat(fixture.query("SELECT title FROM articles")).containsExactly(List.of("v2"));
  }

  @Test
  void shouldMergeRepeatedEntitiesInsteadOfViolatingTheKey() throws Exception {
    EnrichedArticle article = EnrichedArticle.newBuilder(article("a", "Repeats"))
        .setEntities(List.of(entity("Kyiv", EntityType.LOCATION), entity("Kyiv", EntityType.LOCATION))).build();
    store.write(List.of(article));

    assertThat(fixture.query("SELECT name, mentions FROM article_entities")).containsExactly(List.of("Kyiv", 4));
  }

  @Test
  void shouldStoreNullOptionalFieldsAndEveryColumn() throws Exception {
    EnrichedArticle bare = EnrichedArticle.newBuilder(article("a", null)).setUrl(null).setAuthors(List.of())
        .setEntities(List.of()).setTopics(List.of()).build();
    EnrichedArticle full = EnrichedArticle.newBuilder(article("b", "Full")).setCanonicalUrl("https://c.example/b")
        .setDescription("desc").setSection("World").setLanguage("en").setDuplicateOf("a")
        .setAuthors(List.of("A. Writer", "B. Writer")).setPublishedAt(Instant.parse("2024-12-31T23:00:00Z")).build();
    store.write(List.of(bare, full));

    assertThat(fixture.query("SELECT title, url, authors FROM articles WHERE id = 'a'"))
        .containsExactly(java.util.Arrays.asList(null, null, List.of()));
    assertThat(fixture.query("SELECT canonical_url, description, section, language, duplicate_of, authors, "
        + "source, word_count, pipeline_version FROM articles WHERE id = 'b'")).containsExactly(List.of(
            "https://c.example/b", "desc", "World", "en", "a", List.of("A. Writer", "B. Writer"), "test", 3, "test"));
    assertThat(count("SELECT count(*) FROM articles WHERE published_at < fetched_at AND fetched_at < enriched_at"))
        .isEqualTo(1);
  }

  private static Entity entity(String name, EntityType type) {
    return Entity.newBuilder().setName(name).setType(type).setMentions(2).setSalience(0.4).build();
  }
}
