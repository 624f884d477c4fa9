package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Topic;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.TestStories;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.ArticleHit;
import dev.newsflow.sink.query.ArticleQuery;
import dev.newsflow.sink.query.ArticleSearch;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.query.StorySearch;
import dev.newsflow.sink.query.StorySummary;
import dev.newsflow.sink.query.StorySummary.EntityCount;
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

  /** Issue 18: a story's articles include those of stories merged into it, however deep. */
  @Test
  void shouldFindTheArticlesOfAStoryAndOfTheStoriesMergedIntoIt() throws Exception {
    store.writeStories(List.of(TestStories.story("s-a", "Survivor", "2025-06-12T09:00:00Z"),
        TestStories.merged("s-b", "s-a", "2025-06-12T09:00:00Z"),
        TestStories.merged("s-c", "s-b", "2025-06-12T10:00:00Z")));
    store.write(List.of(inStory("y1", "2025-06-12T08:00:00Z", "s-a"), inStory("y2", "2025-06-12T07:00:00Z", "s-c"),
        inStory("y3", "2025-06-12T06:00:00Z", "s-other")));

    assertThat(ids(new ArticleQuery(null, null, null, null, null, null, 10, "s-a"))).containsExactly("y1", "y2");
    assertThat(ids(new ArticleQuery(null, null, null, null, null, null, 10, "s-other"))).containsExactly("y3");
    assertThat(ids(new ArticleQuery(null, null, null, null, null, null, 10, "s-a' OR '1'='1"))).isEmpty();
  }

  /** Issue 18: recent live stories, latest activity first, merged ones left out. */
  @Test
  void shouldListRecentLiveStoriesWithTheirCountsOutletsAndEntities() throws Exception {
    store.writeStories(List.of(TestStories.story("s-old", "Old story", "2025-05-01T12:00:00Z"),
        TestStories.story("s-new", "New story", "2025-06-12T12:00:00Z"),
        TestStories.story("s-mid", "Mid story", "2025-06-11T12:00:00Z"),
        TestStories.merged("s-gone", "s-new", "2025-06-12T13:00:00Z")));
    StorySearch stories = new StorySearch(connection(), dialect());

    assertThat(stories.recent(Instant.parse("2025-06-01T00:00:00Z"), 10)).extracting(StorySummary::id)
        .containsExactly("s-new", "s-mid");
    assertThat(stories.recent(null, 2)).extracting(StorySummary::id).containsExactly("s-new", "s-mid");
    StorySummary top = stories.recent(null, 1).get(0);
    assertThat(top).isEqualTo(new StorySummary("s-new", "New story", Instant.parse("2025-06-12T11:00:00Z"),
        Instant.parse("2025-06-12T11:59:00Z"), 2, 2, List.of("wire", "daily"),
        List.of(new EntityCount("Northport", "LOCATION", "Q1", 2), new EntityCount("Ada Lovelace", "PERSON", null, 1)),
        List.of("politics")));
  }

  private static EnrichedArticle inStory(String id, String published, String storyId) {
    return EnrichedArticle.newBuilder(TestArticles.article(id, "Article " + id))
        .setPublishedAt(Instant.parse(published)).setStoryId(storyId).build();
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
