package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.ArticleHit;
import dev.newsflow.sink.query.ArticleQuery;
import dev.newsflow.sink.query.ArticleSearch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Full-text search stems each article in its own language (issue 16, item 8: V1 used 'english' for all), and
 * the indexes the query side filters on exist.
 */
class PostgresTextSearchTest extends AbstractStoreSuite {

  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }

  @Test
  void shouldChooseTheTextSearchConfigurationFromTheLanguage() throws Exception {
    store.write(List.of(article("de1", "de", "Die Wahlen in Bayern"), article("pt1", "pt-BR", "As eleições"),
        article("xx1", "xx", "Unknown words"), article("none", null, "No language given")));

    assertThat(fixture.query("SELECT id, search_config::text FROM articles ORDER BY id")).containsExactly(
        List.of("de1", "german"), List.of("none", "simple"), List.of("pt1", "portuguese"),
        List.of("xx1", "simple"));
  }

  @Test
  void shouldFindAGermanArticleByAnotherFormOfItsWords() throws Exception {
    store.write(List.of(article("de1", "de", "Die Wahlen in Bayern"), article("en1", "en", "Elections in Ohio")));

    assertThat(search("Wahl")).containsExactly("de1");
    assertThat(search("election")).containsExactly("en1");
    assertThat(search("Bayern Ohio")).isEmpty();
    assertThat(search("the")).isEmpty(); // only stop words: no terms, no hits, no error
  }

  @Test
  void shouldIndexWhatTheQuerySideFiltersOn() throws Exception {
    assertThat(fixture.query("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        + "AND indexname IN ('article_entities_kb_id_idx', 'article_topics_code_idx', 'articles_enriched_idx', "
        + "'articles_search_idx') ORDER BY indexname")).hasSize(4);
  }

  @Test
  void shouldGiveTheSimhashBackInTheContractsHexNotation() throws Exception {
    store.write(List.of(EnrichedArticle.newBuilder(TestArticles.article("h1", "t")).setSimhash(0xF0E1D2C3B4A59687L)
        .build()));

    assertThat(fixture.query("SELECT lpad(to_hex(simhash), 16, '0') FROM articles"))
        .containsExactly(List.of("f0e1d2c3b4a59687"));
  }

  private List<String> search(String text) throws Exception {
    return new ArticleSearch(((PostgresFixture) fixture).verifier(), Dialect.POSTGRES)
        .search(new ArticleQuery(text, null, null, null, null, null, 10)).stream().map(ArticleHit::id).toList();
  }

  private static EnrichedArticle article(String id, String language, String text) {
    return EnrichedArticle.newBuilder(TestArticles.article(id, null)).setLanguage(language).setText(text).build();
  }
}
