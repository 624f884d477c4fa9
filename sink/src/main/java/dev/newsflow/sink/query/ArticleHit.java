package dev.newsflow.sink.query;

import java.time.Instant;
import java.util.List;

/**
 * One article found: its headline facts, topics by rank and its most salient entities.
 *
 * @param publishedAt publication time, or the fetch time where the article has none
 */
public record ArticleHit(String id, Instant publishedAt, String source, String title, String url,
    List<String> topics, List<String> entities) {}
