package dev.newsflow.enrich.stories;

import dev.newsflow.schema.Story;
import java.util.List;

/**
 * The live stories a {@link StoryMatcher} reads: in memory offline ({@link InMemoryStoryIndex}), state stores in
 * the topology.
 */
public interface StoryIndex {

  /** Ids of live stories indexed under key, at most limit, most recently active first. */
  List<String> storiesUnder(String key, int limit);

  /** The story's current state, or null when unknown or expired. */
  Story story(String storyId);

  /** The story an article id was assigned to, or null when unknown. */
  String storyOfArticle(String articleId);

  TermStatistics terms();
}
