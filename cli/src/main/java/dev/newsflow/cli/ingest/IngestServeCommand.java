package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.Durations;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.Shutdown;
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
import dev.newsflow.ingest.sitemap.SitemapConfig;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import dev.newsflow.ingest.sitemap.SitemapPoller;
import dev.newsflow.ingest.sitemap.SitemapsSource;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow ingest serve}: the long-running ingest service: the push endpoint, watched directories, feeds and
 * sitemaps on one publisher, until SIGTERM or Ctrl-C; then every source stops taking work and the producer is flushed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the ingest service: POST /articles (and GET /status, /health), watched directories, feeds"
        + " and sitemaps,"
        + " until Ctrl-C or SIGTERM (graceful: stop accepting, flush, exit).")
final class IngestServeCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  WatchOptions watchOptions;

  /** Default port of the ingest service's /metrics, /health and /ready (the push endpoint has its own). */
  public static final int DEFAULT_METRICS_PORT = 9403;

  @Mixin
  OpsOptions ops;

  @Option(names = "--bind", defaultValue = "${env:NEWSFLOW_INGEST_BIND:-" + PushConfig.DEFAULT_BIND + "}",
      description = "Address of the push endpoint (env NEWSFLOW_INGEST_BIND; default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--port", defaultValue = "${env:NEWSFLOW_INGEST_PORT:-" + PushConfig.DEFAULT_PORT + "}",
      description = "Port of the push endpoint, 0 for any free one (env NEWSFLOW_INGEST_PORT; default"
          + " ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token", defaultValue = "${env:NEWSFLOW_INGEST_TOKEN}",
      description = "Bearer token required by POST /articles and GET /status (env NEWSFLOW_INGEST_TOKEN, preferred:"
          + " flags show in process listings).")
  String token;

  @Option(names = "--no-push", description = "Do not run the push endpoint.")
  boolean noPush;

  @Option(names = "--max-body-bytes", defaultValue = "" + PushConfig.DEFAULT_MAX_BODY_BYTES,
      description = "Largest request body (default ${DEFAULT-VALUE}); larger ones get 413.")
  long maxBodyBytes;

  @Option(names = "--ack-timeout", defaultValue = "30s",
      description = "How long a push waits for the broker before answering 503 (default ${DEFAULT-VALUE}).")
  String ackTimeout;

  @Option(names = "--watch", paramLabel = "DIR", description = "A drop directory to watch; repeatable.")
  List<Path> watch = new ArrayList<>();

  @Option(names = "--max-content-bytes", defaultValue = "" + ArticleFileReader.DEFAULT_MAX_BYTES,
      description = "Refuse articles larger than this (default ${DEFAULT-VALUE}).")
  long maxContentBytes;

  @Mixin
  IngestWebOptions web;

  @Option(names = "--feed", paramLabel = "URL", description = "An RSS/Atom feed to poll; repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds-file", paramLabel = "FILE", description = "A file of feed URLs, one a line.")
  Path feedsFile;

  @Option(names = "--shared-feeds", description = "Also poll the feeds of the shared list (--feeds-topic) that the "
      + "consumer group assigns to this instance.")
  boolean sharedFeeds;

  @Option(names = "--feeds-topic", defaultValue = FeedDirectory.DEFAULT_TOPIC,
      description = "Compacted topic of the shared feed list (default ${DEFAULT-VALUE}).")
  String feedsTopic;

  @Option(names = "--feeds-group", defaultValue = FeedDirectory.DEFAULT_GROUP,
      description = "Consumer group of the instances sharing the feeds (default ${DEFAULT-VALUE}).")
  String feedsGroup;

  @Option(names = "--sitemap", paramLabel = "URL",
      description = "A sitemap (index) re-read every sitemap.interval; repeatable.")
  List<String> sitemaps = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (feedsFile != null) {
      feeds.addAll(UrlsFile.read(feedsFile));
    }
    boolean web = !feeds.isEmpty() || sharedFeeds || !sitemaps.isEmpty();
    if (noPush && watch.isEmpty() && !web) {
      err.println("nothing to serve: give --watch DIR, --feed URL, --shared-feeds or --sitemap URL, or drop --no-push");
      return 2;
    }
    Shutdown shutdown = new Shutdown();
    ArticlePublisher publisher = new ArticlePublisher(cluster.settings(), cluster.topics().raw());
    AtomicReference<IngestService> service = new AtomicReference<>();
    List<IngestSource> sources = new ArrayList<>();
    if (!noPush) {
      PushConfig config = new PushConfig(bind, port, token, maxBodyBytes, Durations.parse(ackTimeout));
      sources.add(new PushServer(config, publisher, new ArticleJson(maxContentBytes, Clock.systemUTC()),
          new ArticleFileReader(maxContentBytes, Clock.systemUTC()), () -> service.get().statuses()));
    }
    watch.forEach(dir -> sources.add(watchOptions.directory(dir, publisher, maxContentBytes)));
    if (web) {
      sources.addAll(webSources(publisher));
    }
    service.set(new IngestService(publisher, sources));
    try (ServiceMetrics metrics = new ServiceMetrics();
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT,
             routes -> routes.readiness("sources", service.get().readiness()))) {
      service.get().start();
      service.get().bindMetrics(metrics.registry());
      if (server != null) {
        err.println("metrics on " + server.url() + "/metrics");
      }
      service.get().statuses().forEach(s -> err.println(s.name() + ": " + s.detail()));
      err.println("ingest service running (Ctrl-C or SIGTERM to stop)");
      err.flush();
      shutdown.await();
      err.println("stopping: no new work, flushing the producer");
      err.flush();
    } finally {
      service.get().stop();
      shutdown.done();
    }
    return 0;
  }

  /** Feeds and sitemaps on one polite fetcher, so the per-host limits hold across them. */
  private List<IngestSource> webSources(ArticlePublisher publisher) {
    IngestSettings settings = web.settings(java.util.Map.of());
    HttpFetcher fetcher = new HttpFetcher(FetchConfig.from(settings));
    IngestMetrics metrics = new IngestMetrics();
    List<IngestSource> out = new ArrayList<>();
    if (!feeds.isEmpty() || sharedFeeds) {
      FeedConfig config = FeedConfig.from(settings);
      FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
          metrics, Clock.systemUTC());
      FeedDirectory directory = null;
      if (sharedFeeds) {
        FeedDirectory.ensureTopic(cluster.settings(), feedsTopic, FeedDirectory.DEFAULT_PARTITIONS);
        directory = new FeedDirectory(cluster.settings(), feedsTopic, feedsGroup, poller);
      }
      out.add(new FeedsSource(poller, feeds, directory, metrics));
    }
    if (!sitemaps.isEmpty()) {
      SitemapConfig config = SitemapConfig.from(settings);
      SitemapIngester ingester = new SitemapIngester(fetcher, publisher, config, metrics, Clock.systemUTC());
      out.add(new SitemapsSource(new SitemapPoller(ingester, sitemaps, config, Clock.systemUTC()), sitemaps.size(),
          metrics));
    }
    return out;
  }
}
