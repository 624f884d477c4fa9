package dev.newsflow.sink.query;

import java.util.List;

/** Counts of stored articles, overall and per topic, entity and source, largest first. */
public record Stats(long articles, List<Count> topics, List<Count> entities, List<Count> sources) {

  /** A key (topic label, "name (TYPE)", source id) and how many articles have it. */
  public record Count(String key, long articles) {}
}
