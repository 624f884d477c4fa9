package dev.newsflow.ingest.url;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.FetchRequest;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages a few at a time ({@code fetch.threads}; each host still gets its delay and concurrency limit from
 * the fetcher) and publishes each one the broker acknowledges. Every page ends up in the report as published or
 * failed with a reason; metrics are counted under the given source label. Used by the URL and sitemap sources.
 *
 * <p>Thread-safe; each {@link #run} uses its own pool.
 */
public final class PageFetchPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(PageFetchPublisher.class);

  private final HttpFetcher fetcher;
  private final ArticlePublisher publisher;
  private final IngestMetrics metrics;

  public PageFetchPublisher(HttpFetcher fetcher, ArticlePublisher publisher, IngestMetrics metrics) {
    this.fetcher = fetcher;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  /** Fetches and publishes every task, adding the outcome of each to the report. */
  public void run(List<PageTask> tasks, String source, IngestReport report) {
    if (tasks.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), fetcher.config().threads()), r -> {
      Thread t = new Thread(r, "ingest-" + source + "-fetch");
      t.setDaemon(true);
      return t;
    });
    try {
      // Taken in completion order, so a slow page does not hold the finished ones in memory.
      CompletionService<Fetched> done = new ExecutorCompletionService<>(pool);
      for (PageTask task : tasks) {
        done.submit(() -> {
          try {
            return new Fetched(task.url(), fetchOne(task, source));
          } catch (RuntimeException e) {
            LOG.warn("page {} failed unexpectedly", task.url(), e);
            metrics.failed(source, "unexpected");
            return new Fetched(task.url(), "unexpected error: " + e);
          }
        });
      }
      List<Pending> pending = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        Fetched fetched = await(done);
        if (fetched.outcome() instanceof RawArticle article) {
          pending.add(new Pending(fetched.url(), article.getId(), publisher.publish(article)));
        } else {
          report.failed(fetched.url(), String.valueOf(fetched.outcome()));
        }
      }
      publisher.flush();
      for (Pending p : pending) {
        awaitPublish(p, source, report);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The article, or the reason (a string) it could not be fetched. */
  private Object fetchOne(PageTask task, String source) {
    URI uri;
    try {
      uri = URI.create(task.url().strip());
    } catch (IllegalArgumentException e) {
      metrics.failed(source, "bad_url");
      return "not a valid URL: " + e.getMessage();
    }
    FetchResult result = fetcher.fetch(FetchRequest.page(uri));
    metrics.fetch(source, result);
    if (result instanceof FetchResult.Fetched page) {
      return PageArticles.toArticle(page, task.sourceType(), task.sourceId(), task.title(), task.publishedAt(),
          task.hints());
    }
    return result.toString();
  }

  /** A page's URL and its article, or the reason (a string) it could not be fetched. */
  private record Fetched(String url, Object outcome) {}

  private static Fetched await(CompletionService<Fetched> done) {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching pages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("page task failed", e.getCause()); // cannot happen: tasks catch errors
    }
  }

  private void awaitPublish(Pending p, String source, IngestReport report) {
    try {
      p.result().get();
      report.published(p.id());
      metrics.published(source);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report.failed(p.url(), "interrupted");
    } catch (ExecutionException e) {
      LOG.warn("cannot publish {}: {}", p.url(), e.getCause().toString());
      metrics.failed(source, "publish");
      report.failed(p.url(), "cannot publish: " + e.getCause());
    }
  }

  private record Pending(String url, String id, CompletableFuture<?> result) {}
}
