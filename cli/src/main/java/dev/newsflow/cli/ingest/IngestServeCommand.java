package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.ContentLimitOption;
import dev.newsflow.cli.options.DurationConverter;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.ingest.IngestServices;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.feed.FeedDirectory;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.push.PushConfig;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
      description = "How long a push waits for the broker before answering 503 (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration ackTimeout;

  @Option(names = "--read-timeout", defaultValue = "10s", converter = DurationConverter.class,
      description = "A push client silent for longer is disconnected (default ${DEFAULT-VALUE}).")
  Duration readTimeout;

  @Option(names = "--header-timeout", defaultValue = "20s", converter = DurationConverter.class,
      description = "A push request's headers must arrive within this (default ${DEFAULT-VALUE}).")
  Duration headerTimeout;

  @Option(names = "--body-timeout", defaultValue = "60s", converter = DurationConverter.class,
      description = "A push request's body must arrive within this, else 408 (default ${DEFAULT-VALUE}).")
  Duration bodyTimeout;

  @Option(names = "--max-connections", defaultValue = "" + PushConfig.DEFAULT_MAX_CONNECTIONS,
      description = "Push connections served at once (default ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--watch", paramLabel = "DIR", description = "A drop directory to watch; repeatable.")
  List<Path> watch = new ArrayList<>();

  @Mixin
  ContentLimitOption contentLimit;

  @Mixin
  IngestWebOptions web;

  @Option(names = "--feed", paramLabel = "URL", description = "An RSS/Atom feed to poll; repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds-file", paramLabel = "FILE", description = "A file of feed URLs, one a line.")
  Path feedsFile;

  @Option(names = "--shared-feeds", description = "Also poll the feeds of the shared list (--feeds-topic) that the "
      + "consumer group assigns to this instance.")
  boolean sharedFeeds;

  @Mixin
  FeedsTopicOption feedsTopic;

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
    boolean fetches = !feeds.isEmpty() || sharedFeeds || !sitemaps.isEmpty();
    if (noPush && watch.isEmpty() && !fetches) {
      err.println("nothing to serve: give --watch DIR, --feed URL, --shared-feeds or --sitemap URL, or drop --no-push");
      return 2;
    }
    // The settings are read only when feeds or sitemaps use them, so a push or watch service never fails on them.
    IngestSettings settings = fetches ? web.settings(Map.of()) : IngestSettings.defaults();
    try (IngestServices services = new IngestServices(settings, cluster.connect(), cluster.topics().raw())) {
      AtomicReference<IngestService> service = new AtomicReference<>();
      service.set(services.service(sources(services, () -> service.get().statuses())));
      run(service.get(), err);
    }
    return 0;
  }

  /** The sources asked for, in start order: push, watched directories, feeds, sitemaps. */
  private List<IngestSource> sources(IngestServices services, Supplier<List<SourceStatus>> statuses) {
    List<IngestSource> sources = new ArrayList<>();
    if (!noPush) {
      PushConfig config = new PushConfig(bind, port, token, maxBodyBytes, ackTimeout, readTimeout, headerTimeout,
          bodyTimeout, maxConnections, ops.allowedHosts());
      sources.add(services.pushServer(config, contentLimit.maxContentBytes, statuses));
    }
    watch.forEach(dir -> sources.add(
        services.dropDirectory(dir, contentLimit.maxContentBytes, watchOptions.settle(), watchOptions.rescan())));
    if (!feeds.isEmpty() || sharedFeeds) {
      sources.add(sharedFeeds ? services.feeds(feeds, feedsTopic.name, feedsGroup) : services.feeds(feeds));
    }
    if (!sitemaps.isEmpty()) {
      sources.add(services.sitemaps(sitemaps));
    }
    return sources;
  }

  /** Serves until SIGTERM or Ctrl-C, with /metrics and /ready beside it; then stops the service. */
  private void run(IngestService service, PrintWriter err) throws Exception {
    Shutdown shutdown = new Shutdown();
    try (ServiceMetrics metrics = new ServiceMetrics();
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT,
             routes -> routes.readiness("sources", service.readiness()))) {
      service.start();
      service.bindMetrics(metrics.registry());
      if (server != null) {
        err.println("metrics on " + server.url() + "/metrics");
      }
      service.statuses().forEach(s -> err.println(s.name() + ": " + s.detail()));
      err.println("ingest service running (Ctrl-C or SIGTERM to stop)");
      err.flush();
      shutdown.await();
      err.println("stopping: no new work, flushing the producer");
      err.flush();
    } finally {
      service.stop();
      shutdown.done();
    }
  }
}
