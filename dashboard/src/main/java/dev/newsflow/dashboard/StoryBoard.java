package dev.newsflow.dashboard;

import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The live stories the dashboard knows, from the compacted stories topic read from its beginning: the latest
 * state per story id, without the stories merged into another or deleted (tombstones). Bounded: beyond
 * {@code capacity} live stories, the one with the oldest last article is dropped.
 *
 * <p>The top stories are those with the most articles among the stories active within {@link #ACTIVE} of the
 * newest activity seen (record time, not the clock, so a replay or the demo's old samples still show), the most
 * recent first on a tie. Thread-safe: one reader thread updates, HTTP threads read, under the object's lock.
 */
public final class StoryBoard {

  /** How far back from the newest activity a story still counts as active for the top list. */
  static final Duration ACTIVE = Duration.ofHours(24);

  /** A story as the page shows it. */
  public record StoryView(String id, String headline, int articleCount, int outletCount, List<String> outlets,
      List<Map<String, Object>> entities, List<String> topics, String firstArticleAt, String lastArticleAt) {}

  private static final Comparator<Story> BY_LAST_ARTICLE =
      Comparator.comparing(Story::getLastArticleAt).thenComparing(Story::getId);

  private final int capacity;
  private final Map<String, Story> live = new HashMap<>();
  /** The live stories by last article, oldest first: the eviction order. */
  private final TreeSet<Story> byLastArticle = new TreeSet<>(BY_LAST_ARTICLE);
  private long merged;

  StoryBoard(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Applies one record of the stories topic: its key (the story id) and value (null for a tombstone). */
  synchronized void apply(String key, Story story) {
    String id = story == null ? key : story.getId();
    Story previous = live.remove(id);
    if (previous != null) {
      byLastArticle.remove(previous);
    }
    if (story == null) {
      return;
    }
    if (story.getMergedInto() != null) {
      merged++;
      return;
    }
    live.put(id, story);
    byLastArticle.add(story);
    while (live.size() > capacity) {
      live.remove(byLastArticle.pollFirst().getId());
    }
  }

  /** Live stories kept now. */
  synchronized int size() {
    return live.size();
  }

  /** Merge records seen (a story merged into another). */
  synchronized long mergedSeen() {
    return merged;
  }

  /** The top live stories: most articles among the recently active ones, then the most recent. */
  synchronized List<StoryView> top(int limit) {
    if (byLastArticle.isEmpty()) {
      return List.of();
    }
    Instant since = byLastArticle.last().getLastArticleAt().minus(ACTIVE);
    List<Story> active = new ArrayList<>(byLastArticle.tailSet(floor(since), true));
    active.sort(Comparator.comparingInt(Story::getArticleCount).reversed().thenComparing(BY_LAST_ARTICLE.reversed()));
    return active.stream().limit(limit).map(StoryBoard::view).toList();
  }

  /** A probe sorting before every story whose last article is at or after {@code at}. */
  private static Story floor(Instant at) {
    return Story.newBuilder().setId("").setHeadline("").setFirstArticleAt(at).setLastArticleAt(at)
        .setUpdatedAt(at).setArticleCount(0).setOutletCount(0).build();
  }

  private static StoryView view(Story s) {
    List<Map<String, Object>> entities = new ArrayList<>();
    for (StoryEntity e : s.getEntities()) {
      Map<String, Object> entity = new java.util.LinkedHashMap<>();
      entity.put("name", e.getName());
      entity.put("type", e.getType());
      entity.put("kbId", e.getKbId());
      entity.put("articles", e.getArticles());
      entities.add(entity);
    }
    return new StoryView(s.getId(), s.getHeadline(), s.getArticleCount(), s.getOutletCount(),
        List.copyOf(s.getOutlets()), entities, s.getTopics().stream().map(StoryTopic::getLabel).toList(),
        s.getFirstArticleAt().toString(), s.getLastArticleAt().toString());
  }
}
