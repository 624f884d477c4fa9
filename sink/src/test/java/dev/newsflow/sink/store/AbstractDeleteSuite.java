package dev.newsflow.sink.store;

import static dev.newsflow.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16, item 3: a tombstone deletes the article and all its rows; deletes are idempotent like upserts. */
abstract class AbstractDeleteSuite extends AbstractStoreSuite {

  @Test
  void shouldDeleteTheArticleWithItsEntitiesAndTopics() throws Exception {
    store.write(List.of(article("a", "First"), article("b", "Second")));
    store.delete(Set.of("a"));

    assertThat(fixture.query("SELECT id FROM articles")).containsExactly(List.of("b"));
    assertThat(fixture.query("SELECT DISTINCT article_id FROM article_entities")).containsExactly(List.of("b"));
    assertThat(fixture.query("SELECT DISTINCT article_id FROM article_topics")).containsExactly(List.of("b"));
  }

  @Test
  void shouldTreatADeleteOfAnUnknownOrDeletedIdAsDone() throws Exception {
    store.write(List.of(article("a", "First")));
    store.delete(Set.of("a", "never-stored"));
    store.delete(Set.of("a"));

    assertThat(count("SELECT count(*) FROM articles")).isZero();
    assertThat(count("SELECT count(*) FROM article_entities")).isZero();
  }

  @Test
  void shouldStoreAnArticleAgainAfterItsDelete() throws Exception {
    store.write(List.of(article("a", "First")));
    store.delete(Set.of("a"));
    store.write(List.of(article("a", "Published again")));

    assertThat(fixture.query("SELECT title FROM articles WHERE id = ?", "a")).containsExactly(
        List.of("Published again"));
    assertThat(count("SELECT count(*) FROM article_topics WHERE article_id = ?", "a")).isEqualTo(1);
  }
}
