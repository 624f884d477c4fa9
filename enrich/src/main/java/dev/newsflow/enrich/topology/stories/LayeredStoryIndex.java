package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.StoryIndex;
import dev.newsflow.enrich.stories.TermStatistics;
import dev.newsflow.schema.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live stories as one task sees them: the global store (every instance's stories, as published on the stories
 * topic) under the task's own overlay (the stories this task changed and whose new state may not have come back
 * through the topic yet). Of two states of one story the one with more articles wins, then the later update.
 * Not thread-safe (one per processor).
 */
final class LayeredStoryIndex implements StoryIndex {

  private final StoryStoreView global;
  private final StoryStoreView overlay;
  private final TermStatistics terms;
  /** Stories read while deciding one article: the matcher reads each candidate more than once. */
  private final Map<String, Optional<Story>> read = new HashMap<>();

  LayeredStoryIndex(StoryStoreView global, StoryStoreView overlay, TermStatistics terms) {
    this.global = global;
    this.overlay = overlay;
    this.terms = terms;
  }

  /** Forgets the stories read so far: call before each article, as the stores may have changed since. */
  void startArticle() {
    read.clear();
  }

  /**
   * The most recently active live stories under {@code key}. Each layer's index is ordered newest first, so this
   * reads a few more entries than {@code limit} from each (some may be merged or expired), not the whole key.
   */
  @Override
  public List<String> storiesUnder(String key, int limit) {
    int scan = 2 * limit + 4;
    Map<String, Long> found = new HashMap<>(global.storiesUnder(key, scan));
    overlay.storiesUnder(key, scan).forEach((id, time) -> found.merge(id, time, Math::max));
    List<Map.Entry<String, Long>> ordered = new ArrayList<>(found.entrySet());
    ordered.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : Long.compare(b.getValue(), a.getValue()));
    List<String> live = new ArrayList<>(Math.min(limit, ordered.size()));
    for (Map.Entry<String, Long> entry : ordered) {
      if (live.size() >= limit) {
        break;
      }
      if (isLive(story(entry.getKey()))) {
        live.add(entry.getKey());
      }
    }
    return live;
  }

  @Override
  public Story story(String storyId) {
    return read.computeIfAbsent(storyId, id -> Optional.ofNullable(newer(global.story(id), overlay.story(id))))
        .orElse(null);
  }

  @Override
  public String storyOfArticle(String articleId) {
    String mine = overlay.storyOfArticle(articleId);
    return mine != null ? mine : global.storyOfArticle(articleId);
  }

  @Override
  public TermStatistics terms() {
    return terms;
  }

  private static boolean isLive(Story story) {
    return story != null && story.getMergedInto() == null;
  }

  /** A merge is final; otherwise the state with more articles, then the later one. */
  static Story newer(Story a, Story b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if ((a.getMergedInto() == null) != (b.getMergedInto() == null)) {
      return a.getMergedInto() != null ? a : b;
    }
    if (a.getArticleCount() != b.getArticleCount()) {
      return a.getArticleCount() > b.getArticleCount() ? a : b;
    }
    return a.getUpdatedAt().isAfter(b.getUpdatedAt()) ? a : b;
  }
}
