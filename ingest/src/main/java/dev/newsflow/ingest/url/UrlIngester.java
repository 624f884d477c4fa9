package dev.newsflow.ingest.url;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.SourceType;
import java.util.List;

/**
 * {@code newsflow ingest url}: fetches pages (a few at a time, each host politely) and publishes each as a
 * {@link SourceType#URL} article keyed by its final URL, so fetching a page again yields the same id. Every URL ends
 * up published or in the report's failures.
 */
public final class UrlIngester {

  public static final String SOURCE = "url";

  private final PageFetchPublisher pages;

  public UrlIngester(HttpFetcher fetcher, ArticlePublisher publisher, IngestMetrics metrics) {
    this.pages = new PageFetchPublisher(fetcher, publisher, metrics);
  }

  public IngestReport ingest(List<String> urls) {
    IngestReport report = new IngestReport();
    pages.run(urls.stream().map(PageTask::url).toList(), SOURCE, report);
    return report;
  }
}
