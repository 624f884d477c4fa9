package dev.newsflow.extract.meta;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata of one page and where each value came from. Absent values are null (lists and maps empty). Immutable.
 *
 * @param published the publish date as the page wrote it (day, offset, instant), or null
 * @param sources field name -> source, e.g. {@code "title" -> "json-ld"}, {@code "publishedAt" -> "url"}
 */
public record ArticleMetadata(String title, String description, List<String> authors, String section,
    PageDate published, Instant modifiedAt, String canonicalUrl, String siteName, String language, String leadImage,
    Map<String, String> sources) {

  public ArticleMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }

  /** The publish time as a UTC instant, or null. */
  public Instant publishedAt() {
    return published == null ? null : published.instant();
  }

  /**
   * This metadata with the language detected from {@code text} (e.g. the clean main text) when the page declared
   * none; the source becomes {@code "detected"}. Returns this when a language is already known or detection is
   * unsure.
   */
  public ArticleMetadata withLanguageDetectedFrom(String text) {
    if (language != null && !"detected".equals(sources.get("language"))) {
      return this;
    }
    String detected = LanguageDetector.detect(text);
    if (detected == null) {
      return this;
    }
    Map<String, String> updated = new HashMap<>(sources);
    updated.put("language", "detected");
    return new ArticleMetadata(title, description, authors, section, published, modifiedAt, canonicalUrl, siteName,
        detected, leadImage, updated);
  }
}
