package dev.newsflow.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of the clean stage: main text and the metadata found around it. Absent values are null (lists and
 * maps empty). Immutable.
 *
 * @param title headline
 * @param description standfirst or meta description
 * @param authors bylines, without "By", no publisher names
 * @param section section or category label
 * @param publishedAt publish time, UTC, never after the fetch time
 * @param modifiedAt last modification time, UTC
 * @param canonicalUrl the URL the page declares for itself
 * @param siteName the publication's name
 * @param language ISO 639-1 code
 * @param leadImage URL of the lead image
 * @param text clean main text, paragraphs separated by blank lines
 * @param sources where each metadata field and the text came from, e.g. {@code title -> json-ld}
 * @param warnings what went wrong but did not stop extraction (e.g. "no article body found")
 * @param publishedDate the publish day as the page wrote it (which {@code publishedAt} in UTC may not be)
 * @param publishedOffset the zone offset the page gave with its publish time, or null
 */
public record CleanedArticle(String title, String description, List<String> authors, String section,
    Instant publishedAt, Instant modifiedAt, String canonicalUrl, String siteName, String language, String leadImage,
    String text, Map<String, String> sources, List<String> warnings, LocalDate publishedDate,
    ZoneOffset publishedOffset) {

  /** An article without a page-given publish day (plain text). */
  public CleanedArticle(String title, String description, List<String> authors, String section,
      Instant publishedAt, Instant modifiedAt, String canonicalUrl, String siteName, String language,
      String leadImage, String text, Map<String, String> sources, List<String> warnings) {
    this(title, description, authors, section, publishedAt, modifiedAt, canonicalUrl, siteName, language, leadImage,
        text, sources, warnings, null, null);
  }

  public CleanedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    text = text == null ? "" : text;
    // A copy in the given order: Map.copyOf's iteration order changes from one JVM to the next, and the order
    // shows in the extract command's output and the Avro map.
    sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** This article with {@code more} warnings appended (those already present are not repeated). */
  public CleanedArticle withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    more.stream().filter(w -> !all.contains(w)).forEach(all::add);
    return new CleanedArticle(title, description, authors, section, publishedAt, modifiedAt, canonicalUrl, siteName,
        language, leadImage, text, sources, all, publishedDate, publishedOffset);
  }
}
