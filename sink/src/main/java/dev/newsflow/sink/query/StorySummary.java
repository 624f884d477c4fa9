package dev.newsflow.sink.query;

import java.time.Instant;
import java.util.List;

/**
 * A stored story as listings show it.
 *
 * @param outlets distinct outlets, first seen first
 * @param entities top entities, most articles first
 * @param topics top topic labels, most articles first
 */
public record StorySummary(String id, String headline, Instant firstArticleAt, Instant lastArticleAt,
    int articleCount, int outletCount, List<String> outlets, List<EntityCount> entities, List<String> topics) {

  /** An entity and how many of the story's articles name it. */
  public record EntityCount(String name, String type, String kbId, int articles) {}
}
