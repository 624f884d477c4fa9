package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds inside {@code newsflow ingest serve}: a {@link FeedPoller} on a fixed list of feeds, or on the feeds that
 * the shared list ({@link FeedDirectory}) assigns to this instance. Thread-safe.
 */
public final class FeedsSource implements IngestSource {

  private final FeedPoller poller;
  private final List<String> feeds;
  private final FeedDirectory directory;
  private final IngestMetrics metrics;
  private volatile SourceStatus.State state = SourceStatus.State.NEW;

  /**
   * @param feeds feeds polled by this instance alone
   * @param directory the shared list to follow too, or null
   */
  public FeedsSource(FeedPoller poller, List<String> feeds, FeedDirectory directory, IngestMetrics metrics) {
    this.poller = poller;
    this.feeds = List.copyOf(feeds);
    this.directory = directory;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public void start() {
    poller.start(feeds);
    if (directory != null) {
      directory.start();
    }
    state = SourceStatus.State.RUNNING;
  }

  @Override
  public void stop() {
    if (directory != null) {
      directory.stop();
    }
    poller.stop(Duration.ofSeconds(30));
    state = SourceStatus.State.STOPPED;
  }

  @Override
  public SourceStatus status() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("feeds", (long) poller.feeds().size());
    counts.put("published", metrics.total(FeedPoller.SOURCE, IngestMetrics.Outcome.PUBLISHED));
    counts.put("failed", metrics.total(FeedPoller.SOURCE, IngestMetrics.Outcome.FAILED));
    counts.put("notModified", metrics.total(FeedPoller.SOURCE, IngestMetrics.Outcome.NOT_MODIFIED));
    counts.put("fetched", metrics.total(FeedPoller.SOURCE, IngestMetrics.Outcome.FETCHED));
    String detail = poller.feeds().size() + " feed(s)" + (directory == null ? "" : ", following the shared list");
    return new SourceStatus(name(), state, counts, detail);
  }
}
