package dev.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.dashboard.StoryBoard.StoryView;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTopic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: the dashboard's live stories, from story records in topic order. */
class StoryBoardTest {

  private static final Instant NOW = Instant.parse("2025-06-12T12:00:00Z");

  @Test
  void shouldRankRecentlyActiveStoriesByArticlesThenRecency() {
    StoryBoard board = new StoryBoard(100);
    board.apply("s-big", story("s-big", 9, NOW.minusSeconds(3 * 3600)));
    board.apply("s-new", story("s-new", 2, NOW));
    board.apply("s-tie", story("s-tie", 2, NOW.minusSeconds(60)));
    board.apply("s-stale", story("s-stale", 50, NOW.minusSeconds(3 * 24 * 3600))); // beyond 24 h of the newest

    assertThat(board.top(10)).extracting(StoryView::id).containsExactly("s-big", "s-new", "s-tie");
    assertThat(board.top(1)).extracting(StoryView::id).containsExactly("s-big");
  }

  @Test
  void shouldKeepTheLatestStateAndDropMergedAndDeletedStories() {
    StoryBoard board = new StoryBoard(100);
    board.apply("s-a", story("s-a", 2, NOW.minusSeconds(600)));
    board.apply("s-a", story("s-a", 3, NOW));
    board.apply("s-b", story("s-b", 4, NOW));
    board.apply("s-b", Story.newBuilder(story("s-b", 4, NOW)).setMergedInto("s-a").build());
    board.apply("s-c", story("s-c", 5, NOW));
    board.apply("s-c", null);

    assertThat(board.top(10)).extracting(StoryView::id, StoryView::articleCount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("s-a", 3));
    assertThat(board.size()).isEqualTo(1);
    assertThat(board.mergedSeen()).isEqualTo(1);
  }

  @Test
  void shouldDropTheStoryWithTheOldestLastArticleBeyondItsCapacity() {
    StoryBoard board = new StoryBoard(2);
    board.apply("s-1", story("s-1", 1, NOW.minusSeconds(300)));
    board.apply("s-2", story("s-2", 1, NOW.minusSeconds(200)));
    board.apply("s-3", story("s-3", 1, NOW.minusSeconds(100)));

    assertThat(board.size()).isEqualTo(2);
    assertThat(board.top(10)).extracting(StoryView::id).containsExactly("s-3", "s-2");
  }

  @Test
  void shouldShowHeadlineCountsOutletsEntitiesAndTopics() {
    StoryBoard board = new StoryBoard(10);
    board.apply("s-a", story("s-a", 3, NOW));

    StoryView view = board.top(1).get(0);
    assertThat(view.headline()).isEqualTo("Headline of s-a");
    assertThat(view.outletCount()).isEqualTo(2);
    assertThat(view.outlets()).containsExactly("wire", "daily");
    assertThat(view.entities()).extracting(e -> e.get("name")).containsExactly("Northport");
    assertThat(view.topics()).containsExactly("politics");
    assertThat(view.lastArticleAt()).isEqualTo("2025-06-12T12:00:00Z");
  }

  private static Story story(String id, int articles, Instant last) {
    return Story.newBuilder().setId(id).setHeadline("Headline of " + id).setFirstArticleAt(last.minusSeconds(3600))
        .setLastArticleAt(last).setUpdatedAt(last).setArticleCount(articles).setOutletCount(2)
        .setOutlets(List.of("wire", "daily"))
        .setEntities(List.of(new StoryEntity("Northport", "LOCATION", null, articles)))
        .setTopics(List.of(new StoryTopic("medtop:11000000", "politics", articles))).build();
  }
}
