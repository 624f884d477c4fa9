package dev.newsflow.cli.run;

import dev.newsflow.cli.query.EnrichedEventReader;
import dev.newsflow.dashboard.LiveDashboard;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichMetrics;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.enrich.trends.TrendsEndpoint;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.local.LocalStack;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.json.AvroJson;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.duckdb.DuckDbStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The whole pipeline in one process: the local stack (real broker and registry), the enrich topology, a sink into
 * a DuckDB file in the data dir (query it with {@code newsflow query --duckdb} once the demo has stopped), the
 * bundled samples published through the real publisher, and every enriched event printed as it arrives. The
 * dashboard, {@code /metrics}, {@code /health} and {@code /ready} are served on one port (see {@link LiveDashboard}).
 *
 * <p>Not thread-safe; one run per instance.
 */
public final class Demo implements AutoCloseable {

  /**
   * How the demo runs.
   *
   * @param httpHost address of the dashboard and operations endpoints
   * @param httpPort their port (0 = a free one), or null for none
   * @param freePortIfTaken whether to take a free port when {@code httpPort} is in use (for the default port)
   */
  public record Options(Path dataDir, boolean childProcessBroker, Duration timeout, String httpHost, Integer httpPort,
      boolean freePortIfTaken) {

    /** Without the dashboard. */
    public Options(Path dataDir, boolean childProcessBroker, Duration timeout) {
      this(dataDir, childProcessBroker, timeout, OpsServer.DEFAULT_HOST, null, false);
    }
  }

  /** The demo's DuckDB database, under {@code sink/} in the data dir. */
  public static final String DATABASE_FILE = "news.duckdb";

  private final Options options;
  private final PrintWriter out;
  private final PrintWriter err;
  private LocalStack stack;
  private EnrichService enrich;
  private SinkService sink;
  private Path sinkFile;
  private Path tempWork;
  private final ServiceMetrics metrics = new ServiceMetrics();
  private LiveDashboard dashboard;
  private OpsServer server;
  private ArticlePublisher publisher;
  private List<RawArticle> samples;
  private SampleReplay replay;

  public Demo(Options options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Time between two samples of the first pass. */
  static final Duration SAMPLE_GAP = Duration.ofSeconds(1);

  /** Starts everything and publishes the samples once. */
  public List<RawArticle> start() throws IOException {
    Instant begin = Instant.now();
    Path dataDir = options.dataDir();
    stack = LocalStack.builder().dataDir(dataDir).childProcess(options.childProcessBroker()).build().start();
    KafkaSettings kafka = stack.settings();
    TopicNames topics = TopicNames.defaults();

    if (dataDir == null) {
      tempWork = Files.createTempDirectory("newsflow-demo");
    }
    Path work = dataDir != null ? dataDir : tempWork;
    enrich = new EnrichService(EnrichConfig.builder(kafka).topics(topics).stateDir(work.resolve("streams")).build(),
        EnrichMetrics.of(metrics.registry()));
    enrich.start(Duration.ofMinutes(2));
    sinkFile = work.resolve("sink").resolve(DATABASE_FILE);
    try {
      sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics), new DuckDbStore(sinkFile),
          metrics.registry());
    } catch (SQLException e) {
      throw new IOException("cannot open the demo's DuckDB database " + sinkFile, e);
    }
    sink.start();
    if (options.httpPort() != null) {
      serveDashboard(kafka, topics);
    }

    Duration startup = Duration.between(begin, Instant.now());

    List<RawArticle> samples = BundledSamples.load(new ArticleFileReader());
    publisher = new ArticlePublisher(kafka, topics.raw());
    Instant sending = Instant.now();
    // One a second, as a feed brings them: the reports of one event then meet in one story at once, rather than
    // starting a story each on different partitions to be merged a few seconds later (see docs/architecture.md).
    for (int i = 0; i < samples.size(); i++) {
      if (i > 0) {
        pause(SAMPLE_GAP);
      }
      publisher.publish(samples.get(i)).join();
    }
    err.printf("newsflow demo: Kafka %s, Schema Registry %s, sink database %s%n", kafka.bootstrapServers(),
        kafka.schemaRegistryUrl(), sinkFile);
    err.printf("newsflow demo: broker, registry, enrich and sink started in %.1f s; %d samples published (sent and "
        + "acknowledged by the broker) in %d ms%n", startup.toMillis() / 1000.0, samples.size(),
        Duration.between(sending, Instant.now()).toMillis());
    err.flush();
    this.samples = samples;
    return samples;
  }

  private static void pause(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing the samples", e);
    }
  }

  /**
   * Keeps articles flowing after the first pass: the samples again, each under a fresh id, {@code perSecond}
   * a second until {@link #close()}.
   */
  public void replay(double perSecond) {
    replay = new SampleReplay(samples, publisher, Clock.systemUTC()).start(perSecond);
  }

  private void serveDashboard(KafkaSettings kafka, TopicNames topics) {
    TrendsEndpoint trends = enrich.trendsEndpoint();
    dashboard = new LiveDashboard(kafka, topics, metrics.registry(), trends::top).start();
    try {
      server = startServer(trends, options.httpPort());
    } catch (UncheckedIOException e) {
      if (!options.freePortIfTaken() || !(e.getCause() instanceof BindException)) {
        throw e;
      }
      server = startServer(trends, 0);
    }
    err.printf("newsflow demo: dashboard on %s/ (metrics %s/metrics)%n", server.url(), server.url());
    err.flush();
  }

  private OpsServer startServer(TrendsEndpoint trends, int port) {
    OpsServer.Builder builder = OpsServer.builder(metrics).host(options.httpHost()).port(port)
        .readiness("streams", enrich.readiness()).readiness("sink", sink.readiness())
        .liveness("streams", enrich.liveness());
    builder.route("/api/trends", trends::handle);
    dashboard.register(builder);
    return builder.start();
  }

  /** Connection settings of the demo's broker and registry (after {@link #start()}). */
  public KafkaSettings kafka() {
    return stack.settings();
  }

  /** Articles the demo's sink has written so far. */
  public long written() {
    return sink == null ? 0 : sink.written();
  }

  /** The dashboard's base URL, or null when it is not served. */
  public String dashboardUrl() {
    return server == null ? null : server.url();
  }

  /**
   * Prints enriched events until {@code done} says stop; with {@code expected} ids, returns when each of them was
   * printed and the sink has written as many, or when the timeout passes.
   *
   * @return true if all expected events arrived in time (always true without expected ids)
   */
  public boolean printEvents(Set<String> expected, BooleanSupplier stopRequested) {
    Set<String> seen = new HashSet<>();
    Instant deadline = Instant.now().plus(options.timeout());
    try (EnrichedEventReader reader = new EnrichedEventReader(stack.settings(),
        PipelineTopics.of(stack.settings(), TopicNames.defaults()).enriched(), true)) {
      while (!stopRequested.getAsBoolean()) {
        for (EnrichedArticle event : reader.poll(Duration.ofMillis(300))) {
          out.println(AvroJson.toJson(event));
          seen.add(event.getId());
        }
        out.flush();
        if (expected != null) {
          if (seen.containsAll(expected) && sink.written() >= expected.size()) {
            err.printf("newsflow demo: %d enriched events printed, %d written by the sink to %s%n", seen.size(),
                sink.written(), sinkFile);
            err.flush();
            return true;
          }
          if (Instant.now().isAfter(deadline)) {
            err.printf("newsflow demo: timed out after %s: %d of %d events enriched, %d written by the sink%n",
                options.timeout(), seen.size(), expected.size(), sink.written());
            err.flush();
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The DuckDB database the demo's sink writes. */
  public Path sinkFile() {
    return sinkFile;
  }

  @Override
  public void close() {
    if (replay != null) {
      replay.close();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (server != null) {
      server.close();
    }
    if (dashboard != null) {
      dashboard.close();
    }
    if (sink != null) {
      sink.close();
    }
    if (enrich != null) {
      enrich.close();
    }
    if (stack != null) {
      stack.close();
    }
    metrics.close();
    if (tempWork != null) {
      deleteRecursively(tempWork);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp dir is harmless
    }
  }
}
