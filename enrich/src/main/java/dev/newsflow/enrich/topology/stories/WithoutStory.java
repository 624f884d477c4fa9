package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.StoryIndex;
import dev.newsflow.enrich.stories.TermStatistics;
import dev.newsflow.schema.Story;
import java.util.List;

/**
 * The live stories without one of them, and without its founding article's assignment: what a story's first article
 * would have found had its own story not existed. Not thread-safe (a view of a per-processor index).
 */
final class WithoutStory implements StoryIndex {

  private final StoryIndex index;
  private final String storyId;
  private final String articleId;

  WithoutStory(StoryIndex index, String storyId, String articleId) {
    this.index = index;
    this.storyId = storyId;
    this.articleId = articleId;
  }

  @Override
  public List<String> storiesUnder(String key, int limit) {
    return index.storiesUnder(key, limit + 1).stream().filter(id -> !id.equals(storyId)).limit(limit).toList();
  }

  @Override
  public Story story(String id) {
    return id.equals(storyId) ? null : index.story(id);
  }

  @Override
  public String storyOfArticle(String id) {
    return id.equals(articleId) ? null : index.storyOfArticle(id);
  }

  @Override
  public TermStatistics terms() {
    return index.terms();
  }
}
