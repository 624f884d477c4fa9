package dev.newsflow.ingest.sitemap;

import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sitemaps inside {@code newsflow ingest serve}: a {@link SitemapPoller} re-reading them on an interval. */
public final class SitemapsSource implements IngestSource {

  private final SitemapPoller poller;
  private final IngestMetrics metrics;
  private final int sitemaps;
  private volatile SourceStatus.State state = SourceStatus.State.NEW;

  public SitemapsSource(SitemapPoller poller, int sitemaps, IngestMetrics metrics) {
    this.poller = poller;
    this.sitemaps = sitemaps;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return "sitemaps";
  }

  @Override
  public void start() {
    poller.start();
    state = SourceStatus.State.RUNNING;
  }

  @Override
  public void stop() {
    poller.stop(Duration.ofSeconds(30));
    state = SourceStatus.State.STOPPED;
  }

  @Override
  public SourceStatus status() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("sitemaps", (long) sitemaps);
    counts.put("published", metrics.total(SitemapIngester.SOURCE, IngestMetrics.Outcome.PUBLISHED));
    counts.put("failed", metrics.total(SitemapIngester.SOURCE, IngestMetrics.Outcome.FAILED));
    Object runs = poller.status().get("runs");
    counts.put("runs", runs instanceof Long l ? l : 0L);
    Object last = poller.status().get("lastRun");
    return new SourceStatus(name(), state, counts, sitemaps + " sitemap(s), last run " + (last == null ? "-" : last));
  }
}
