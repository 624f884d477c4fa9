package dev.newsflow.cli.run;

import dev.newsflow.cli.errors.CommandFailure;
import dev.newsflow.cli.errors.ErrorLine;
import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.SettingsCommand;
import dev.newsflow.cli.options.SettingsOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.dashboard.LiveDashboard;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichMetrics;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schemas.config.ServiceSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.errors.StreamsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: runs the enrichment topology until Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrichment topology (Kafka Streams) against a cluster until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer>, SettingsCommand {

  /** Default port of enrich's /metrics, /health and /ready. */
  public static final int DEFAULT_METRICS_PORT = 9401;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  OpsOptions ops;

  // The settings' flags: names here, defaults and help from EnrichConfig.CONFIG (SettingsCommand). The values
  // are read through the parse result (SettingsOptions), so the fields only declare the options.
  @Option(names = "--application-id", descriptionKey = EnrichConfig.APPLICATION_ID, paramLabel = "ID")
  String applicationId;

  @Option(names = "--threads", descriptionKey = EnrichConfig.THREADS, paramLabel = "N")
  String threads;

  @Option(names = "--processing-guarantee", descriptionKey = EnrichConfig.PROCESSING_GUARANTEE,
      paramLabel = "GUARANTEE")
  String processingGuarantee;

  @Option(names = "--partitions", descriptionKey = EnrichConfig.PARTITIONS, paramLabel = "N")
  String partitions;

  @Option(names = "--state-dir", descriptionKey = EnrichConfig.STATE_DIR, paramLabel = "DIR")
  String stateDir;

  @Option(names = "--max-content-chars", descriptionKey = EnrichConfig.CLEAN_MAX_CONTENT_CHARS, paramLabel = "N")
  String maxContentChars;

  @Option(names = "--clean-time-budget", descriptionKey = EnrichConfig.CLEAN_TIME_BUDGET, paramLabel = "DURATION")
  String cleanTimeBudget;

  @Option(names = "--dedupe-retention", descriptionKey = EnrichConfig.DEDUPE_RETENTION, paramLabel = "DURATION")
  String dedupeRetention;

  @Option(names = "--dedupe-max-distance", descriptionKey = EnrichConfig.DEDUPE_MAX_DISTANCE, paramLabel = "BITS")
  String dedupeMaxDistance;

  @Option(names = "--dedupe-min-words", descriptionKey = EnrichConfig.DEDUPE_MIN_WORDS, paramLabel = "N")
  String dedupeMinWords;

  @Option(names = {"--model", "--topic-model"}, descriptionKey = EnrichConfig.TOPICS_MODEL, paramLabel = "FILE")
  String topicModel;

  @Option(names = {"--blend", "--topic-blend"}, descriptionKey = EnrichConfig.TOPICS_BLEND, paramLabel = "B")
  String topicBlend;

  @Mixin
  SettingsOptions settingsOptions;

  @Option(names = "--dashboard",
      description = "Also serve the live dashboard (/) and its JSON API on the metrics port.")
  boolean dashboard;

  @Override
  public ServiceSettings settings() {
    return EnrichConfig.SETTINGS;
  }

  /** The settings given on the command line, the environment and the config file (defaults excluded). */
  public Map<String, String> settingValues() {
    return settingsOptions.values(EnrichConfig.SETTINGS);
  }

  /** The host of {@code application.server}, which the other instances use to reach this one; none if unset. */
  private static List<String> advertisedHost(EnrichConfig config) {
    Object server = config.kafka().clientProperties().get("application.server");
    if (server == null || server.toString().isBlank()) {
      return List.of();
    }
    String hostPort = server.toString().strip();
    int colon = hostPort.lastIndexOf(':');
    return List.of(colon > 0 ? hostPort.substring(0, colon) : hostPort);
  }

  @Override
  public Integer call() throws InterruptedException {
    EnrichConfig config = EnrichConfig.of(cluster.settings(), cluster.topics(), settingValues());
    cluster.connect(); // once the settings are known to be right: the user's mistakes first, then the cluster
    Shutdown shutdown = new Shutdown();
    try (ServiceMetrics metrics = new ServiceMetrics();
         EnrichService service = open(config, metrics);
         LiveDashboard live = dashboard
             ? new LiveDashboard(config.kafka(), config.topics(), metrics.registry(), service.trendsEndpoint()::top)
             : null;
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT, routes -> {
           routes.readiness("streams", service.readiness()).liveness("streams", service.liveness());
           routes.allowHosts(advertisedHost(config)); // peers ask for /api/trends under this name
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

  /** The service; a state directory another instance holds is the user's to fix, so it is one line, not a trace. */
  private static EnrichService open(EnrichConfig config, ServiceMetrics metrics) {
    try {
      return new EnrichService(config, EnrichMetrics.of(metrics.registry()));
    } catch (StreamsException e) {
      // Kafka Streams throws this, without a cause, when another process holds the directory's lock.
      String problem = e.getCause() == null
          ? "is in use by another enrich instance; stop it, or give this one its own --state-dir"
          : "cannot be used: " + ErrorLine.of(e);
      throw new CommandFailure("the state directory " + config.stateDir().toAbsolutePath() + " " + problem, e);
    }
  }
}
