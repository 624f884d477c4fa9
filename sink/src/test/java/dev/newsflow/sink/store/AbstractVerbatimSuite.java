package dev.newsflow.sink.store;

import static dev.newsflow.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the content looks like, it is data: stored and read back byte for byte. */
abstract class AbstractVerbatimSuite extends AbstractStoreSuite {

  static final String TITLE = "Robert'); DROP TABLE articles;-- \"quoted\" \\ back\\slash";
  static final String TEXT = "1' OR '1'='1'; DELETE FROM article_topics WHERE ''=''; $$ $tag$ ?? ? :name "
      + "%s %% _ \\x00 Zürich — naïve 東京 🚀 \t tab\nnewline";

  @Test
  void shouldStoreSqlInjectionLookingContentVerbatim() throws Exception {
    EnrichedArticle article = EnrichedArticle.newBuilder(article("x'; --", TITLE)).setText(TEXT)
        .setAuthors(List.of("O'Brien", "\"; DROP TABLE article_entities; --"))
        .setEntities(List.of(Entity.newBuilder().setName("Bobby'); DROP TABLE articles;--")
            .setType(EntityType.PERSON).setKbId("Q' OR 1=1").setMentions(1).setSalience(1.0).build()))
        .build();
    store.write(List.of(article));

    assertThat(fixture.query("SELECT id, title, text, authors FROM articles")).containsExactly(
        List.of("x'; --", TITLE, TEXT, List.of("O'Brien", "\"; DROP TABLE article_entities; --")));
    assertThat(fixture.query("SELECT name, kb_id FROM article_entities")).containsExactly(
        List.of("Bobby'); DROP TABLE articles;--", "Q' OR 1=1"));
    assertThat(count("SELECT count(*) FROM article_topics")).isEqualTo(1);
  }
}
