package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Topic;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.ArticleHit;
import dev.newsflow.sink.query.ArticleQuery;
import dev.newsflow.sink.query.ArticleSearch;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.query.Stats.Count;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query side: filters combine, newest first, user input stays data. */
abstract class AbstractQuerySuite extends AbstractStoreSuite {

  private static final Topic POLITICS = new Topic("medtop:11000000", "politics", 0.9, 1);
  private static final Topic ECONOMY = new Topic("medtop:04000000", "economy, business and finance", 0.8, 1);

  protected abstract Connection connection() throws Exception;

  protected abstract Dialect dialect();

  @BeforeEach
  void storeArticles() throws Exception {
    store.write(List.of(
        article("z1", "kyiv-post", "2025-06-10T08:00:00Z", "Parliament debates the budget vote", POLITICS,
            "Volodymyr Zelensky"),
        article("z2", "wire", "2025-06-11T08:00:00Z", "Markets rise on the budget", ECONOMY, "Volodymyr Zelensky"),
        article("z3", "wire", "2025-06-12T08:00:00Z", "Coalition talks continue", POLITICS, "Olaf Scholz"),
        article("z4", "wire", "2025-05-01T08:00:00Z", "An older story", POLITICS, "Volodymyr Zelensky")));
  }

  @Test
  void shouldFindArticlesMentioningAnEntityAboutATopicSinceADate() throws Exception {
    assertThat(ids(new ArticleQuery(null, "zelensky", "politics", null, Instant.parse("2025-06-01T00:00:00Z"),
        null, 10))).containsExactly("z1");
  }

  @Test
  void shouldListNewestFirst() throws Exception {
    assertThat(ids(new ArticleQuery(null, null, "medtop:11000000", null, null, null, 10)))
        .containsExactly("z3", "z1", "z4");
  }

  @Test
  void shouldSearchTheTextForEveryTerm() throws Exception {
    assertThat(ids(new ArticleQuery("parliament", null, null, null, null, null, 10))).containsExactly("z1");
    assertThat(ids(new ArticleQuery("budget markets", null, null, null, null, null, 10))).containsExactly("z2");
  }

  @Test
  void shouldFilterBySourceAndUntil() throws Exception {
    assertThat(ids(new ArticleQuery(null, null, null, "wire", null, Instant.parse("2025-06-12T00:00:00Z"), 10)))
        .containsExactly("z2", "z4");
  }

  @Test
  void shouldReturnTheHeadlineFactsOfAHit() throws Exception {
    ArticleHit hit = search(new ArticleQuery(null, null, null, "kyiv-post", null, null, 10)).get(0);
    assertThat(hit).isEqualTo(new ArticleHit("z1", Instant.parse("2025-06-10T08:00:00Z"), "kyiv-post",
        "Parliament debates the budget vote", "https://news.example/z1", List.of("politics"),
        List.of("Volodymyr Zelensky")));
  }

  @Test
  void shouldTreatInjectionLookingFiltersAsData() throws Exception {
    assertThat(ids(new ArticleQuery(null, "x' OR '1'='1", "politics' OR 1=1 --", "wire'; DROP TABLE articles;--",
        null, null, 10))).isEmpty();
    assertThat(ids(new ArticleQuery("%", null, null, null, null, null, 10))).isEmpty();
    assertThat(count("SELECT count(*) FROM articles")).isEqualTo(4);
  }

  @Test
  void shouldCountArticlesPerTopicEntityAndSource() throws Exception {
    Stats stats = new ArticleSearch(connection(), dialect()).stats(5);
    assertThat(stats.articles()).isEqualTo(4);
    assertThat(stats.topics()).containsExactly(new Count("politics", 3),
        new Count("economy, business and finance", 1));
    assertThat(stats.entities()).containsExactly(new Count("Volodymyr Zelensky (PERSON)", 3),
        new Count("Olaf Scholz (PERSON)", 1));
    assertThat(stats.sources()).containsExactly(new Count("wire", 3), new Count("kyiv-post", 1));
  }

  private List<ArticleHit> search(ArticleQuery query) throws Exception {
    return new ArticleSearch(connection(), dialect()).search(query);
  }

  private List<String> ids(ArticleQuery query) throws Exception {
    return search(query).stream().map(ArticleHit::id).toList();
  }

  private static EnrichedArticle article(String id, String source, String published, String title, Topic topic,
      String person) {
    return EnrichedArticle.newBuilder(TestArticles.article(id, title)).setSourceId(source)
        .setPublishedAt(Instant.parse(published))
        .setEntities(List.of(Entity.newBuilder().setName(person).setType(EntityType.PERSON).setMentions(1)
            .setSalience(0.9).build()))
        .setTopics(List.of(topic)).build();
  }
}
