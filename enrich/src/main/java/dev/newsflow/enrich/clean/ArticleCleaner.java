package dev.newsflow.enrich.clean;

import dev.newsflow.enrich.clean.html.HtmlArticleExtractor;
import dev.newsflow.enrich.clean.text.PlainTextCleaner;
import dev.newsflow.schema.ContentType;
import java.time.Instant;
import java.util.Objects;

/**
 * The clean stage: raw HTML or text in, main text and metadata out. No Kafka inside, so it is usable on its own
 * (the {@code extract} command, tests, benchmarks).
 *
 * <p>Stateless and thread-safe: one instance can serve all stream threads.
 */
public final class ArticleCleaner {

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final PlainTextCleaner text = new PlainTextCleaner();

  /**
   * Cleans one article.
   *
   * @param content the raw body
   * @param type HTML or TEXT
   * @param url the article URL if known (resolves relative links, dates in the path); may be null
   * @param fetchedAt when the article was fetched (no publish date may be later); may be null
   */
  public CleanedArticle clean(String content, ContentType type, String url, Instant fetchedAt) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    return type == ContentType.HTML ? html.extract(content, url, fetchedAt) : text.clean(content);
  }
}
