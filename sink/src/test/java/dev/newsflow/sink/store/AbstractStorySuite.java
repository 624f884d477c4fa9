package dev.newsflow.sink.store;

import static dev.newsflow.sink.TestArticles.article;
import static dev.newsflow.sink.TestStories.merged;
import static dev.newsflow.sink.TestStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schema.EnrichedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: story rows from the stories topic and each article's story; merges move articles to the survivor;
 * tombstones delete the story; upserts are idempotent and never let an older state win.
 */
abstract class AbstractStorySuite extends AbstractStoreSuite {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldStoreEveryFieldOfAStory() throws Exception {
    store.writeStories(List.of(story("s-a", "Flood hits Northport", "2025-06-10T12:00:00Z")));

    List<Object> row = fixture.query("SELECT id, headline, article_count, outlet_count, outlets, "
        + "latest_article_ids, merged_into FROM stories").get(0);
    assertThat(row).isEqualTo(Arrays.asList("s-a", "Flood hits Northport", 2, 2, List.of("wire", "daily"),
        List.of("s-a-2", "s-a-1"), null));
    assertThat(count(epochSeconds("first_article_at"))).isEqualTo(1749553200L);
    assertThat(count(epochSeconds("last_article_at"))).isEqualTo(1749556740L);
    assertThat(count(epochSeconds("updated_at"))).isEqualTo(1749556800L);
    JsonNode entities = JSON.readTree(String.valueOf(fixture.query("SELECT entities FROM stories").get(0).get(0)));
    assertThat(entities.get(0).get("name").asText()).isEqualTo("Northport");
    assertThat(entities.get(0).get("type").asText()).isEqualTo("LOCATION");
    assertThat(entities.get(0).get("kbId").asText()).isEqualTo("Q1");
    assertThat(entities.get(0).get("articles").asInt()).isEqualTo(2);
    assertThat(entities.get(1).get("kbId").isNull()).isTrue();
    JsonNode topics = JSON.readTree(String.valueOf(fixture.query("SELECT topics FROM stories").get(0).get(0)));
    assertThat(topics.get(0).get("label").asText()).isEqualTo("politics");
    assertThat(topics.get(0).get("articles").asInt()).isEqualTo(2);
  }

  @Test
  void shouldKeepTheNewestStateOfAStoryWhateverTheOrder() throws Exception {
    store.writeStories(List.of(story("s-a", "Second", "2025-06-10T12:00:00Z"),
        story("s-a", "First", "2025-06-10T11:00:00Z")));
    store.writeStories(List.of(story("s-a", "Stale redelivery", "2025-06-10T10:00:00Z")));
    store.writeStories(List.of(story("s-a", "Second", "2025-06-10T12:00:00Z"))); // again: idempotent

    assertThat(fixture.query("SELECT headline FROM stories")).containsExactly(List.of("Second"));
  }

  @Test
  void shouldStoreEachArticlesStory() throws Exception {
    store.write(List.of(inStory("a", "s-a"), article("b", "No story yet")));

    assertThat(fixture.query("SELECT id, story_id FROM articles ORDER BY id")).containsExactly(
        List.of("a", "s-a"), Arrays.asList("b", null));
  }

  @Test
  void shouldMoveTheArticlesOfAMergedStoryToTheSurvivor() throws Exception {
    store.writeStories(List.of(story("s-a", "Survivor", "2025-06-10T12:00:00Z"),
        story("s-b", "Same event", "2025-06-10T12:00:00Z")));
    store.write(List.of(inStory("a1", "s-a"), inStory("b1", "s-b"), inStory("b2", "s-b"), inStory("c1", "s-c")));

    store.writeStories(List.of(merged("s-b", "s-a", "2025-06-10T13:00:00Z")));

    assertThat(fixture.query("SELECT id, story_id FROM articles ORDER BY id")).containsExactly(
        List.of("a1", "s-a"), List.of("b1", "s-a"), List.of("b2", "s-a"), List.of("c1", "s-c"));
    assertThat(fixture.query("SELECT id, merged_into FROM stories ORDER BY id")).containsExactly(
        Arrays.asList("s-a", null), List.of("s-b", "s-a"));
  }

  @Test
  void shouldGiveAnArticleArrivingAfterTheMergeTheSurvivorsId() throws Exception {
    store.writeStories(List.of(merged("s-b", "s-a", "2025-06-10T13:00:00Z")));
    store.write(List.of(inStory("b3", "s-b")));

    assertThat(fixture.query("SELECT story_id FROM articles WHERE id = ?", "b3")).containsExactly(List.of("s-a"));
  }

  @Test
  void shouldNotMoveArticlesForAStaleMergedState() throws Exception {
    store.writeStories(List.of(story("s-b", "Live again", "2025-06-10T14:00:00Z")));
    store.write(List.of(inStory("b1", "s-b")));
    store.writeStories(List.of(merged("s-b", "s-a", "2025-06-10T13:00:00Z")));

    assertThat(fixture.query("SELECT story_id FROM articles")).containsExactly(List.of("s-b"));
  }

  @Test
  void shouldDeleteAStoryOnItsTombstone() throws Exception {
    store.writeStories(List.of(story("s-a", "Kept", "2025-06-10T12:00:00Z"),
        story("s-b", "Deleted", "2025-06-10T12:00:00Z")));
    store.deleteStories(Set.of("s-b", "never-stored"));

    assertThat(fixture.query("SELECT id FROM stories")).containsExactly(List.of("s-a"));
  }

  private static EnrichedArticle inStory(String id, String storyId) {
    return EnrichedArticle.newBuilder(article(id, "Article " + id)).setStoryId(storyId).build();
  }

  protected abstract String epochSeconds(String column);
}
