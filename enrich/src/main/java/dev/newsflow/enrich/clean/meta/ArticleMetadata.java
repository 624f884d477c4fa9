package dev.newsflow.enrich.clean.meta;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Metadata of one page and where each value came from. Absent values are null (lists and maps empty). Immutable.
 *
 * @param sources field name -> source, e.g. {@code "title" -> "json-ld"}, {@code "publishedAt" -> "url"}
 */
public record ArticleMetadata(String title, String description, List<String> authors, String section,
    Instant publishedAt, Instant modifiedAt, String canonicalUrl, String siteName, String language, String leadImage,
    Map<String, String> sources) {

  public ArticleMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }
}
