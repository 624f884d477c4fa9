package dev.newsflow.enrich.clean;

import java.time.Instant;
import java.util.List;

/**
 * The output of the clean stage: main text and the metadata found around it. Absent values are null (lists empty).
 *
 * @param title headline
 * @param description standfirst or meta description
 * @param authors bylines, without "By"
 * @param section section or category label
 * @param publishedAt publish time, UTC
 * @param canonicalUrl the URL the page declares for itself
 * @param language ISO 639-1 code
 * @param text clean main text, paragraphs separated by blank lines
 */
public record CleanedArticle(String title, String description, List<String> authors, String section,
    Instant publishedAt, String canonicalUrl, String language, String text) {

  public CleanedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    text = text == null ? "" : text;
  }
}
