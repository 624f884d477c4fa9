package dev.newsflow.cli.run;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.Durations;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.dashboard.LiveDashboard;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichMetrics;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: runs the enrichment topology until Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrichment topology (Kafka Streams) against a cluster until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer> {

  /** Default port of enrich's /metrics, /health and /ready. */
  public static final int DEFAULT_METRICS_PORT = 9401;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  OpsOptions ops;

  @Option(names = "--application-id", defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID,
      description = "Streams application id; instances with the same id share the work (default ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--threads", defaultValue = "1", description = "Stream threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--processing-guarantee", defaultValue = "exactly_once_v2",
      description = "exactly_once_v2 or at_least_once (default ${DEFAULT-VALUE}).")
  String processingGuarantee;

  @Option(names = "--partitions", defaultValue = "3",
      description = "Partitions for topics created when missing (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--state-dir", description = "Kafka Streams state directory.")
  Path stateDir;

  @Option(names = "--max-content-chars", defaultValue = "" + CleanLimits.DEFAULT_MAX_CONTENT_CHARS,
      description = "Pages with more characters go to the DLQ, stage clean (default ${DEFAULT-VALUE}).")
  int maxContentChars;

  @Option(names = "--clean-time-budget", defaultValue = "10s",
      description = "Pages whose cleaning takes longer go to the DLQ, stage clean (default ${DEFAULT-VALUE}).")
  String cleanTimeBudget;

  @Option(names = "--dedupe-retention", defaultValue = "7d",
      description = "How long fingerprints are remembered for dedupe, e.g. 7d, 48h (default ${DEFAULT-VALUE}).")
  String dedupeRetention;

  @Option(names = "--dedupe-max-distance", defaultValue = "3",
      description = "Most SimHash bits two syndicated copies may differ in, 0..7 (default ${DEFAULT-VALUE}).")
  int dedupeMaxDistance;

  @Option(names = "--dedupe-min-words", defaultValue = "50",
      description = "Shorter texts are never marked as copies (default ${DEFAULT-VALUE}).")
  int dedupeMinWords;

  @Option(names = "--dashboard",
      description = "Also serve the live dashboard (/) and its JSON API on the metrics port.")
  boolean dashboard;

  @Override
  public Integer call() throws InterruptedException {
    EnrichConfig config = EnrichConfig.builder(cluster.settings()).topics(cluster.topics())
        .applicationId(applicationId).threads(threads).processingGuarantee(processingGuarantee)
        .partitions(partitions).stateDir(stateDir).dedupeRetention(Durations.parse(dedupeRetention))
        .dedupeMaxDistance(dedupeMaxDistance).dedupeMinWords(dedupeMinWords)
        .cleanLimits(new CleanLimits(maxContentChars, Durations.parse(cleanTimeBudget))).build();
    Shutdown shutdown = new Shutdown();
    try (ServiceMetrics metrics = new ServiceMetrics();
         EnrichService service = new EnrichService(config, EnrichMetrics.of(metrics.registry()));
         LiveDashboard live = dashboard
             ? new LiveDashboard(config.kafka(), config.topics(), metrics.registry(), service.trendsEndpoint()::top)
             : null;
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT, routes -> {
           routes.readiness("streams", service.readiness());
           routes.route("/api/trends", service.trendsEndpoint()::handle);
           if (live != null) {
             live.register(routes);
           }
         })) {
      service.start(Duration.ofMinutes(2));
      if (live != null) {
        live.start(); // the topics exist now
      }
      System.err.println("enrich running: " + config.topics().raw() + " -> " + config.topics().enriched()
          + " (dead letters to " + config.topics().dlq() + ")"
          + (server == null ? "" : "; metrics on " + server.url() + "/metrics")
          + (server != null && dashboard ? ", dashboard on " + server.url() + "/" : "") + "; Ctrl-C to stop");
      shutdown.await();
    } finally {
      shutdown.done();
    }
    return 0;
  }
}
