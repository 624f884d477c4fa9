package dev.newsflow.app.cli;

import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.push.PushConfig;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.IngestSource;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow ingest serve}: the long-running ingest service: the push endpoint and watched directories on one
 * publisher, until SIGTERM or Ctrl-C; then every source stops taking work and the producer is flushed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the ingest service: POST /articles (and GET /status, /health) plus watched directories,"
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

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (noPush && watch.isEmpty()) {
      err.println("nothing to serve: give --watch DIR or drop --no-push");
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
    service.set(new IngestService(publisher, sources));
    try (ServiceMetrics metrics = new ServiceMetrics();
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT,
             routes -> routes.readiness("sources", IngestMetrics.readiness(service::get)))) {
      service.get().start();
      IngestMetrics.bind(metrics.registry(), service::get);
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
}
