package dev.newsflow.sink.query;

import java.time.Instant;

/**
 * What to look for; every part is optional (null) and the parts combine with AND. Immutable and thread-safe.
 *
 * @param text full-text search terms (PostgreSQL: web-search syntax, stemmed in each article's language where
 *     PostgreSQL has a configuration for it; DuckDB: every term must
 *     occur in the title, description or text, case-insensitively)
 * @param entity part of an entity's name, case-insensitive ("zelensky" finds "Volodymyr Zelensky")
 * @param topic a topic label ("politics") or IPTC code ("medtop:11000000")
 * @param source the source id, exactly
 * @param since earliest publication time (fetch time where the article has none), inclusive
 * @param until latest publication time, exclusive
 * @param limit most hits to return, newest first
 * @param story a story id: the story's articles, including those of stories merged into it
 */
public record ArticleQuery(String text, String entity, String topic, String source, Instant since, Instant until,
    int limit, String story) {

  /** A query without a story filter. */
  public ArticleQuery(String text, String entity, String topic, String source, Instant since, Instant until,
      int limit) {
    this(text, entity, topic, source, since, until, limit, null);
  }

  public ArticleQuery {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1..10000: " + limit);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must be before until");
    }
    text = blankToNull(text);
    entity = blankToNull(entity);
    topic = blankToNull(topic);
    source = blankToNull(source);
    story = blankToNull(story);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
