package dev.newsflow.ingest;

import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.feed.FeedConfig;
import dev.newsflow.ingest.feed.FeedDirectory;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.FeedStateStore;
import dev.newsflow.ingest.feed.FeedsSource;
import dev.newsflow.ingest.fetch.FetchConfig;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.push.PushConfig;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ingest.sitemap.SitemapConfig;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import dev.newsflow.ingest.sitemap.SitemapPoller;
import dev.newsflow.ingest.sitemap.SitemapsSource;
import dev.newsflow.ingest.url.UrlIngester;
import dev.newsflow.ingest.watch.DropDirectory;
import dev.newsflow.ingest.watch.DropFileLoader;
import dev.newsflow.schemas.kafka.KafkaSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the sources of ingest from the ingest settings and the Kafka settings, each in this one place: the push
 * endpoint, watched drop directories, feed pollers and sitemap pollers (and the one-shot URL and sitemap
 * ingesters), and the {@link IngestService} that runs them. Everything built by one factory shares one publisher
 * (one idempotent producer per process), one polite fetcher, so the per-host limits hold across feeds, sitemaps and
 * pages, and one {@link IngestMetrics}.
 *
 * <p>Ownership: the publisher and the fetcher are created on first use and {@link #close()} closes them, except
 * that a service built by {@link #service} takes the publisher over (its stop flushes and closes it).
 *
 * <p>Not thread-safe: build on one thread, then run what was built (which is thread-safe as documented there).
 */
public final class IngestServices implements AutoCloseable {

  private final IngestSettings settings;
  private final KafkaSettings kafka;
  private final String rawTopic;
  private final Clock clock;
  private final IngestMetrics metrics = new IngestMetrics();
  private ArticlePublisher publisher;
  private HttpFetcher fetcher;
  private boolean publisherTaken;

  /**
   * @param settings the ingest settings (fetching, feeds, sitemaps, data dir)
   * @param kafka where the cluster is, for the publisher and the shared feed list
   * @param rawTopic the topic articles are published to
   */
  public IngestServices(IngestSettings settings, KafkaSettings kafka, String rawTopic) {
    this(settings, kafka, rawTopic, Clock.systemUTC());
  }

  public IngestServices(IngestSettings settings, KafkaSettings kafka, String rawTopic, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.rawTopic = Objects.requireNonNull(rawTopic, "rawTopic");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The one publisher of everything built here, created on first use. */
  public ArticlePublisher publisher() {
    if (publisher == null) {
      publisher = new ArticlePublisher(kafka, rawTopic);
    }
    return publisher;
  }

  /** The one polite fetcher of everything built here, created on first use from the {@code fetch.*} settings. */
  public HttpFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new HttpFetcher(FetchConfig.from(settings));
    }
    return fetcher;
  }

  /** The fetch, feed and sitemap counters of everything built here. */
  public IngestMetrics metrics() {
    return metrics;
  }

  /**
   * The push endpoint ({@code POST /articles}).
   *
   * @param maxContentBytes articles with more content are refused
   * @param statuses what {@code GET /status} reports (the whole service's sources); null for the server's only
   */
  public PushServer pushServer(PushConfig config, long maxContentBytes, Supplier<List<SourceStatus>> statuses) {
    return new PushServer(config, publisher(), new ArticleJson(maxContentBytes, clock),
        new ArticleFileReader(maxContentBytes, clock), statuses);
  }

  /** A watched drop directory; {@code settle} and {@code rescan} as in {@link DropDirectory}. */
  public DropDirectory dropDirectory(Path dir, long maxContentBytes, Duration settle, Duration rescan) {
    DropFileLoader loader = new DropFileLoader(new ArticleFileReader(maxContentBytes, clock),
        new ArticleJson(maxContentBytes, clock), maxContentBytes);
    return new DropDirectory(dir, loader, publisher(), settle, rescan);
  }

  /** A new feed poller on the {@code feed.*} settings, its state in {@code data-dir/feed.state-file}. */
  public FeedPoller feedPoller() {
    FeedConfig config = FeedConfig.from(settings);
    return new FeedPoller(fetcher(), publisher(), new FeedStateStore(config.stateFile()), config, metrics, clock);
  }

  /** Feeds polled by this instance alone, every {@code feed.interval}. */
  public FeedsSource feeds(List<String> feeds) {
    return new FeedsSource(feedPoller(), feeds, null, metrics);
  }

  /**
   * Feeds polled by this instance, plus the feeds of the shared list on {@code sharedTopic} that the consumer group
   * {@code group} assigns to it. The topic is created (compacted, {@link FeedDirectory#DEFAULT_PARTITIONS}
   * partitions) if missing.
   */
  public FeedsSource feeds(List<String> feeds, String sharedTopic, String group) {
    FeedPoller poller = feedPoller();
    FeedDirectory.ensureTopic(kafka, sharedTopic, FeedDirectory.DEFAULT_PARTITIONS);
    return new FeedsSource(poller, feeds, new FeedDirectory(kafka, sharedTopic, group, poller), metrics);
  }

  /** A sitemap reader on the {@code sitemap.*} settings, for one-shot runs. */
  public SitemapIngester sitemapIngester() {
    return new SitemapIngester(fetcher(), publisher(), SitemapConfig.from(settings), metrics, clock);
  }

  /** Sitemaps re-read every {@code sitemap.interval} with the {@code sitemap.max-age} cut-off. */
  public SitemapsSource sitemaps(List<String> sitemaps) {
    SitemapConfig config = SitemapConfig.from(settings);
    SitemapIngester ingester = new SitemapIngester(fetcher(), publisher(), config, metrics, clock);
    return new SitemapsSource(new SitemapPoller(ingester, sitemaps, config, clock), sitemaps.size(), metrics);
  }

  /** Web pages fetched once ({@code ingest url}). */
  public UrlIngester urlIngester() {
    return new UrlIngester(fetcher(), publisher(), metrics);
  }

  /** The service running {@code sources} on the publisher, which the service then owns. */
  public IngestService service(List<? extends IngestSource> sources) {
    IngestService service = new IngestService(publisher(), sources);
    publisherTaken = true;
    return service;
  }

  /** Closes the fetcher, and the publisher unless a service took it (flushing what it still holds). */
  @Override
  public void close() {
    if (fetcher != null) {
      fetcher.close();
    }
    if (publisher != null && !publisherTaken) {
      publisher.close();
    }
  }
}
