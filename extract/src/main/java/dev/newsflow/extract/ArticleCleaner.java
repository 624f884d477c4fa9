package dev.newsflow.extract;

import dev.newsflow.extract.html.HtmlArticleExtractor;
import dev.newsflow.extract.text.PlainTextCleaner;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The clean stage: raw HTML or text in, main text and metadata out. No Kafka inside, so it is usable on its own
 * (the {@code extract} command, tests, benchmarks).
 *
 * <p>Every page gets a clear outcome: a {@link CleanedArticle} (with warnings when the text is missing, thin,
 * mis-decoded or noise), or, for a page over the {@link CleanLimits}, a {@link ContentTooLargeException} or
 * {@link CleanTimeoutException} that the topology routes to the dead-letter topic with stage "clean".
 *
 * <p>Stateless and thread-safe: one instance can serve all stream threads.
 */
public final class ArticleCleaner {

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final PlainTextCleaner text = new PlainTextCleaner();
  private final CleanLimits limits;
  private final LongSupplier nanoTime;

  public ArticleCleaner() {
    this(CleanLimits.defaults());
  }

  public ArticleCleaner(CleanLimits limits) {
    this(limits, System::nanoTime);
  }

  /** With a given monotonic clock, so tests can run past the deadline without being slow. */
  ArticleCleaner(CleanLimits limits, LongSupplier nanoTime) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  public CleanLimits limits() {
    return limits;
  }

  /**
   * Cleans one article.
   *
   * @param content the raw body
   * @param type HTML or TEXT
   * @param url the article URL if known (resolves relative links, dates in the path); may be null
   * @param fetchedAt when the article was fetched: no publish date may be later, and relative times ("3 hours
   *     ago") count back from it; null when unknown (a file): then now bounds the dates and relative times are not
   *     read
   * @throws ContentTooLargeException when {@code content} is over {@link CleanLimits#maxContentChars()}
   * @throws CleanTimeoutException when cleaning took longer than {@link CleanLimits#timeBudget()}
   */
  public CleanedArticle clean(String content, ContentKind type, String url, Instant fetchedAt) {
    return clean(content, type, url, fetchedAt, null);
  }

  /**
   * Cleans one article whose producer gave a title. For TEXT the hint is the title and the text's first line is
   * taken as a title only when it repeats it (no body text is dropped as a guessed title); an HTML page's own
   * title comes first, the hint is the caller's fallback.
   *
   * @param titleHint the producer's title, or null
   * @see #clean(String, ContentKind, String, Instant)
   */
  public CleanedArticle clean(String content, ContentKind type, String url, Instant fetchedAt, String titleHint) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    // Checked before parsing: the parse is the cost the size budget exists to bound.
    if (content.length() > limits.maxContentChars()) {
      throw new ContentTooLargeException(content.length(), limits.maxContentChars());
    }
    Deadline deadline = Deadline.start(limits.timeBudget(), nanoTime);
    CleanedArticle article = type == ContentKind.HTML ? html.extract(content, url, fetchedAt)
        : text.clean(content, titleHint);
    deadline.check(type == ContentKind.HTML ? "html extraction" : "text cleaning");
    List<String> warnings = TextChecks.warnings(article.text());
    return warnings.isEmpty() ? article : article.withWarnings(warnings);
  }
}
