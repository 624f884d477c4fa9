package dev.newsflow.enrich.clean;

import dev.newsflow.schema.ContentType;
import java.util.Objects;

/**
 * The clean stage: raw HTML or text in, main text and metadata out. No Kafka inside, so it is usable on its own
 * (the {@code extract} command, tests, benchmarks).
 *
 * <p>Stateless and thread-safe: one instance can serve all stream threads.
 */
public final class ArticleCleaner {

  private final HtmlCleaner html = new HtmlCleaner();
  private final TextCleaner text = new TextCleaner();

  /**
   * Cleans one article.
   *
   * @param content the raw body
   * @param type HTML or TEXT
   * @param url the article URL if known, to resolve relative links; may be null
   */
  public CleanedArticle clean(String content, ContentType type, String url) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    return type == ContentType.HTML ? html.clean(content, url) : text.clean(content);
  }
}
