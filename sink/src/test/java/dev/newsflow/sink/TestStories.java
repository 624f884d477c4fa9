package dev.newsflow.sink;

import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTopic;
import java.time.Instant;
import java.util.List;

/** Story records for sink tests. */
public final class TestStories {

  private TestStories() {}

  /** A live story of two articles from two outlets, last updated at {@code updatedAt}. */
  public static Story story(String id, String headline, String updatedAt) {
    Instant updated = Instant.parse(updatedAt);
    return Story.newBuilder()
        .setId(id)
        .setHeadline(headline)
        .setFirstArticleAt(updated.minusSeconds(3600))
        .setLastArticleAt(updated.minusSeconds(60))
        .setUpdatedAt(updated)
        .setArticleCount(2)
        .setOutletCount(2)
        .setOutlets(List.of("wire", "daily"))
        .setEntities(List.of(new StoryEntity("Northport", "LOCATION", "Q1", 2),
            new StoryEntity("Ada Lovelace", "PERSON", null, 1)))
        .setTopics(List.of(new StoryTopic("medtop:11000000", "politics", 2)))
        .setLatestArticleIds(List.of(id + "-2", id + "-1"))
        .setTerms(List.of())
        .build();
  }

  /** The state of story {@code id} after it was merged into {@code survivor}. */
  public static Story merged(String id, String survivor, String updatedAt) {
    return Story.newBuilder(story(id, "Merged " + id, updatedAt)).setMergedInto(survivor).build();
  }
}
