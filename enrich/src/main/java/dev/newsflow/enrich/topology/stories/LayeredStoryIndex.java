package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.StoryIndex;
import dev.newsflow.enrich.stories.TermStatistics;
import dev.newsflow.schema.Story;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  LayeredStoryIndex(StoryStoreView global, StoryStoreView overlay, TermStatistics terms) {
    this.global = global;
    this.overlay = overlay;
    this.terms = terms;
  }

  @Override
  public List<String> storiesUnder(String key, int limit) {
    Map<String, Long> found = new HashMap<>(global.storiesUnder(key));
    overlay.storiesUnder(key).forEach((id, time) -> found.merge(id, time, Math::max));
    return found.entrySet().stream()
        .filter(entry -> isLive(story(entry.getKey())))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public Story story(String storyId) {
    return newer(global.story(storyId), overlay.story(storyId));
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
