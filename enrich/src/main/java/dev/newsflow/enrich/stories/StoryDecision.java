package dev.newsflow.enrich.stories;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching one article.
 *
 * @param storyId the story the article belongs to
 * @param created whether it starts that story
 * @param mergedStoryIds other live stories it matched that must now be merged into storyId (deterministic: the
 *     survivor is the story with the earliest firstArticleAt, ties by smaller id); sorted, never null
 */
public record StoryDecision(String storyId, boolean created, List<String> mergedStoryIds) {

  public StoryDecision {
    Objects.requireNonNull(storyId, "storyId");
    mergedStoryIds = mergedStoryIds == null ? List.of() : List.copyOf(mergedStoryIds);
  }
}
