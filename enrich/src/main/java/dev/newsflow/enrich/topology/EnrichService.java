package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.limits.TopicLimits;
import dev.newsflow.enrich.trends.TrendsEndpoint;
import dev.newsflow.enrich.trends.TrendsQuery;
import dev.newsflow.ops.http.ReadinessCheck;
import dev.newsflow.schemas.kafka.TopicCreator;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology: creates missing topics, starts Kafka Streams and waits until it is RUNNING.
 * A stream thread that dies of an unexpected error is replaced rather than taking the app down; one that keeps
 * dying at the same offset turns {@link #liveness()} DOWN.
 *
 * <p>Metrics: the topology's own (see {@link EnrichMetrics}), Kafka Streams' and its clients' through Micrometer's
 * {@link KafkaStreamsMetrics} binder, and the dedupe sensors as {@code newsflow_dedupe_decisions_total{result}}.
 *
 * <p>Thread-safe for start/close from different threads.
 */
public final class EnrichService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  /** How often the Streams binder looks for new Kafka metrics (tasks, partitions appear after a rebalance). */
  private static final Duration METRICS_REFRESH = Duration.ofSeconds(10);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
  private static final String DEDUPE_GROUP = "stream-" + DedupeMetrics.SCOPE + "-metrics";

  private final EnrichConfig config;
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);
  private final ScheduledExecutorService metricsScheduler;
  private final KafkaStreamsMetrics streamsMetrics;
  private final TrendsEndpoint trendsEndpoint;
  private final RecordLimits limits;
  private final Topology topology;
  private final StreamThreadFailures threadFailures = new StreamThreadFailures();

  public EnrichService(EnrichConfig config) {
    this(config, EnrichMetrics.none());
  }

  /** A service recording its meters in {@code metrics} (and binding Kafka Streams' metrics there). */
  public EnrichService(EnrichConfig config, EnrichMetrics metrics) {
    this.config = config;
    Properties props = config.streamsProperties();
    props.put(EnrichMetrics.REGISTRY_CONFIG, metrics.registry());
    this.limits = (RecordLimits) props.get(RecordLimits.CONFIG);
    this.topology = EnrichTopology.build(config, EnrichStages.load(config.cleanLimits(), config.tagging()), metrics,
        limits);
    this.streams = new KafkaStreams(topology, props);
    streams.setStateListener((now, before) -> {
      LOG.info("enrich streams state {} -> {}", before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    streams.setUncaughtExceptionHandler(error -> {
      String position = committedOffsets(StreamThreadFailures.taskOf(error));
      threadFailures.record(error, position);
      LOG.error("stream thread failed (task {}, committed offsets {}); replacing it",
          StreamThreadFailures.taskOf(error), position, error);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    this.metricsScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsflow-enrich-metrics");
      thread.setDaemon(true);
      return thread;
    });
    this.streamsMetrics = new KafkaStreamsMetrics(streams, List.of(), metricsScheduler, METRICS_REFRESH);
    streamsMetrics.bindTo(metrics.registry());
    bindDedupeCounters(metrics.registry());
    // application.server (a pass-through property) lets instances find each other for /api/trends.
    this.trendsEndpoint = new TrendsEndpoint(streams, config.kafka().clientProperties().get("application.server"));
  }

  /**
   * Creates the topics if missing (admitting records of {@code max.record.bytes}), reads what the topics it writes
   * admit, starts the topology and waits up to {@code timeout} for RUNNING.
   */
  public void start(Duration timeout) {
    TopicCreator.ensure(config.kafka(),
        List.of(config.topics().raw(), config.topics().enriched(), config.topics().dlq()),
        config.partitions(), (short) -1,
        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.maxRecordBytes())));
    // Story state is a table: compaction keeps each story's latest state.
    TopicCreator.ensure(config.kafka(), List.of(config.topics().stories()), config.partitions(), (short) -1,
        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.maxRecordBytes()),
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    if (config.storiesEnabled()) {
      awaitPartitions(config.topics().stories());
    }
    loadTopicLimits();
    Instant started = Instant.now();
    streams.start();
    try {
      if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("enrich topology not RUNNING after " + timeout + " (state "
            + streams.state() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the enrich topology", e);
    }
    LOG.info("enrich topology running in {} ms", Duration.between(started, Instant.now()).toMillis());
  }

  /**
   * Waits until a client sees the partitions of {@code topic}: the global store's consumer looks its partitions
   * up once, at start, and a topic created a moment ago may not be in the broker's metadata yet.
   */
  private void awaitPartitions(String topic) {
    Map<String, Object> consumerConfig = config.kafka().clientConfig();
    consumerConfig.remove("schema.registry.url");
    Instant deadline = Instant.now().plus(ADMIN_TIMEOUT);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      while (consumer.partitionsFor(topic, ADMIN_TIMEOUT).isEmpty()) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("topic " + topic + " has no partitions after " + ADMIN_TIMEOUT);
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
    }
  }

  private void loadTopicLimits() {
    Map<String, Object> adminConfig = config.kafka().clientConfig();
    adminConfig.remove("schema.registry.url");
    try (Admin admin = Admin.create(adminConfig)) {
      TopicLimits.load(admin, List.of(config.topics().enriched(), config.topics().dlq(), config.topics().stories()),
          TopicLimits.repartitionTopics(topology, config.applicationId()), limits, ADMIN_TIMEOUT);
    }
    LOG.info("enrich record limits: {}", limits);
  }

  /** The committed offsets of {@code task} as text, or null when unknown (the thread may be gone already). */
  private String committedOffsets(String task) {
    try {
      for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
        for (TaskMetadata metadata : thread.activeTasks()) {
          if (metadata.taskId().toString().equals(task)) {
            return metadata.committedOffsets().toString();
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("no task metadata while a thread dies: {}", e.toString());
    }
    return null;
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Trending entities held by this instance (interactive queries on {@link TrendsStage#STORE}). */
  public TrendsQuery trends() {
    return TrendsQuery.of(streams);
  }

  /** {@code GET /api/trends}: trending entities merged across every instance of this application. */
  public TrendsEndpoint trendsEndpoint() {
    return trendsEndpoint;
  }

  /** Ready while Kafka Streams is RUNNING (a rebalance or an error makes it not ready). */
  public ReadinessCheck readiness() {
    return () -> {
      KafkaStreams.State state = streams.state();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("state", state.name());
      details.put("applicationId", config.applicationId());
      details.put("threads", streams.metadataForLocalThreads().size());
      return ReadinessCheck.Result.of(state == KafkaStreams.State.RUNNING, details);
    };
  }

  /**
   * Alive unless a stream thread keeps dying on the same task and committed offsets (a record it cannot get past);
   * details name the task and offsets.
   */
  public ReadinessCheck liveness() {
    return threadFailures.liveness();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    streamsMetrics.close();
    metricsScheduler.shutdownNow();
  }

  /** The dedupe stage's Streams sensors (summed over threads) as counters with Prometheus-style names. */
  private void bindDedupeCounters(MeterRegistry registry) {
    Map<String, String> results = Map.of(
        DedupeMetrics.EXACT_DUPLICATES_DROPPED, "exact_duplicate_dropped",
        DedupeMetrics.UPDATES, "update",
        DedupeMetrics.NEAR_DUPLICATES_MARKED, "near_duplicate_marked");
    results.forEach((operation, result) -> FunctionCounter
        .builder("newsflow.dedupe.decisions", streams, s -> sumOf(s, operation + "-total"))
        .description("Dedupe decisions: exact duplicates dropped, updates passed on, near-duplicates marked")
        .tag("result", result).register(registry));
  }

  private static double sumOf(KafkaStreams streams, String name) {
    double sum = 0;
    for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
      MetricName metric = entry.getKey();
      if (DEDUPE_GROUP.equals(metric.group()) && name.equals(metric.name())
          && entry.getValue().metricValue() instanceof Number value) {
        sum += value.doubleValue();
      }
    }
    return sum;
  }
}
