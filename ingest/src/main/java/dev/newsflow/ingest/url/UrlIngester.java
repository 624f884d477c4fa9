package dev.newsflow.ingest.url;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.FetchRequest;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow ingest url}: fetches pages (a few at a time, each host politely) and publishes each as a
 * {@link SourceType#URL} article keyed by its final URL. Every URL ends up published or in the report's failures.
 *
 * <p>Not thread-safe; one per run.
 */
public final class UrlIngester {

  private static final Logger LOG = LoggerFactory.getLogger(UrlIngester.class);
  public static final String SOURCE = "url";

  private final HttpFetcher fetcher;
  private final ArticlePublisher publisher;
  private final IngestMetrics metrics;

  public UrlIngester(HttpFetcher fetcher, ArticlePublisher publisher, IngestMetrics metrics) {
    this.fetcher = fetcher;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  public IngestReport ingest(List<String> urls) {
    IngestReport report = new IngestReport();
    ExecutorService pool = Executors.newFixedThreadPool(fetcher.config().threads(), r -> {
      Thread t = new Thread(r, "ingest-url-fetch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Object>> fetches = new ArrayList<>();
      for (String url : urls) {
        fetches.add(pool.submit(() -> fetchOne(url)));
      }
      List<Pending> pending = new ArrayList<>();
      for (int i = 0; i < urls.size(); i++) {
        Object outcome = await(fetches.get(i));
        if (outcome instanceof RawArticle article) {
          pending.add(new Pending(urls.get(i), article.getId(), publisher.publish(article)));
        } else {
          report.failed(urls.get(i), String.valueOf(outcome));
        }
      }
      publisher.flush();
      for (Pending p : pending) {
        awaitPublish(p, report);
      }
    } finally {
      pool.shutdownNow();
    }
    return report;
  }

  /** The article, or the reason (a string) it could not be fetched. */
  private Object fetchOne(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      metrics.failed(SOURCE, "bad_url");
      return "not a valid URL: " + e.getMessage();
    }
    FetchResult result = fetcher.fetch(FetchRequest.page(uri));
    metrics.fetch(SOURCE, result);
    if (result instanceof FetchResult.Fetched page) {
      return PageArticles.toArticle(page, SourceType.URL, SOURCE, null, null, Map.of());
    }
    return result.toString();
  }

  private static Object await(Future<Object> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (ExecutionException e) {
      LOG.warn("fetch failed unexpectedly", e.getCause());
      return "unexpected error: " + e.getCause();
    }
  }

  private void awaitPublish(Pending p, IngestReport report) {
    try {
      p.result().get();
      report.published(p.id());
      metrics.published(SOURCE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report.failed(p.url(), "interrupted");
    } catch (ExecutionException e) {
      LOG.warn("cannot publish {}: {}", p.url(), e.getCause().toString());
      metrics.failed(SOURCE, "publish");
      report.failed(p.url(), "cannot publish: " + e.getCause());
    }
  }

  private record Pending(String url, String id, CompletableFuture<?> result) {}
}
