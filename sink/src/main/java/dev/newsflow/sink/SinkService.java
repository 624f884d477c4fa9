package dev.newsflow.sink;

import dev.newsflow.ops.http.ReadinessCheck;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.Stage;
import dev.newsflow.sink.store.ArticleStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink instance: a member of the consumer group on the enriched and stories topics that writes batches to its
 * store and commits their offsets only after the store has them (at-least-once delivery; the stores are
 * idempotent).
 *
 * <p>This class wires the Kafka clients from the {@link SinkConfig} and owns the lifecycle and readiness. The work
 * is done on its own thread by {@code BatchLoop} (poll, batch, write, commit; data errors isolated by splitting
 * batches; rebalances), which waits with {@code RetryBackoff} while the store is down and sends what can never be
 * read or written to the DLQ through {@code SinkDeadLetters}.
 *
 * <p>Metrics: see {@link SinkMetrics}, plus Micrometer's Kafka client binders for the consumer and the DLQ producer.
 * Readiness ({@link #readiness()}): the consumer has joined its group and the store's last write did not fail.
 *
 * <p>Runs on its own thread; {@link #start()}, {@link #close()} and the counters may be used from any thread.
 */
public final class SinkService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  /** Stage name in dead-letter headers. */
  public static final String STAGE = Stage.SINK.id();
  private static final Duration METRICS_REFRESH = Duration.ofSeconds(10);

  private final SinkConfig config;
  private final ArticleStore store;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final SinkDeadLetters deadLetters;
  private final BatchLoop loop;
  private final AtomicBoolean running = new AtomicBoolean();
  private final Thread thread;
  private final List<KafkaClientMetrics> clientMetrics;
  private final ScheduledExecutorService metricsScheduler;

  public SinkService(SinkConfig config, ArticleStore store) {
    this(config, store, new SimpleMeterRegistry());
  }

  /** A sink recording its meters (and its Kafka clients' metrics) in {@code registry}. */
  public SinkService(SinkConfig config, ArticleStore store, MeterRegistry registry) {
    this.config = config;
    this.store = store;
    Map<String, Object> common = config.kafka().clientConfig();
    Deserializer<EnrichedArticle> deserializer =
        PipelineTopics.enriched(config.topics().enriched(), common).valueDeserializer();
    Deserializer<Story> storyDeserializer =
        PipelineTopics.stories(config.topics().stories(), common).valueDeserializer();

    Map<String, Object> consumerConfig = new HashMap<>(common);
    consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId(store.name()));
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch());
    // The sink reads; the topology creates the topics (the stories topic compacted). A subscription must not
    // create a missing stories topic with the broker's defaults before the topology does.
    consumerConfig.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    this.consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());

    Map<String, Object> producerConfig = new HashMap<>(common);
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    KafkaProducer<byte[], byte[]> dlqProducer =
        new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    SinkMetrics metrics = new SinkMetrics(registry, store.name());
    this.deadLetters = new SinkDeadLetters(dlqProducer, config.topics().dlq(), metrics);
    this.loop = new BatchLoop(config, store, consumer, deadLetters, metrics, deserializer, storyDeserializer,
        running::get);
    this.thread = new Thread(loop::run, "newsflow-sink-" + store.name());
    // Refresh every 10 s (not Micrometer's 60 s) so per-partition lag shows soon after an assignment.
    this.metricsScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread daemon = new Thread(runnable, "newsflow-sink-metrics");
      daemon.setDaemon(true);
      return daemon;
    });
    this.clientMetrics = List.of(
        new KafkaClientMetrics(consumer, List.of(), metricsScheduler, METRICS_REFRESH),
        new KafkaClientMetrics(dlqProducer, List.of(), metricsScheduler, METRICS_REFRESH));
    clientMetrics.forEach(binder -> binder.bindTo(registry));
  }

  /** Ready once the consumer has joined its group, while the store's writes succeed. */
  public ReadinessCheck readiness() {
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      boolean alive = thread.isAlive();
      String failure = loop.storeFailure();
      details.put("running", alive);
      details.put("group", config.groupId(store.name()));
      details.put("joined", loop.joined());
      Set<String> partitions = new TreeSet<>();
      loop.assigned().forEach(partition -> partitions.add(partition.toString()));
      details.put("assigned", List.copyOf(partitions));
      details.put("store", store.name());
      details.put("storeReachable", failure == null);
      if (failure != null) {
        details.put("storeError", failure);
      }
      return ReadinessCheck.Result.of(alive && loop.joined() && failure == null, details);
    };
  }

  /** Starts consuming on the service's own thread. */
  public void start() {
    if (running.compareAndSet(false, true)) {
      thread.start();
    }
  }

  /** Articles written to the store and committed so far. */
  public long written() {
    return loop.written();
  }

  /** Articles deleted from the store by tombstones and committed so far. */
  public long deleted() {
    return loop.deleted();
  }

  /** Records sent to the DLQ so far (unreadable or unwritable). */
  public long deadLettered() {
    return deadLetters.count();
  }

  /** Story states written to the store and committed so far. */
  public long storiesWritten() {
    return loop.storiesWritten();
  }

  /** Store writes that failed (each retry counts). */
  public long failedWrites() {
    return loop.failedWrites();
  }

  @Override
  public void close() {
    if (running.compareAndSet(true, false)) {
      consumer.wakeup();
      try {
        thread.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else if (thread.getState() == Thread.State.NEW) {
      consumer.close(); // never started: the run loop will not close the clients
      deadLetters.close();
    }
    clientMetrics.forEach(KafkaClientMetrics::close);
    metricsScheduler.shutdownNow();
    try {
      store.close();
    } catch (Exception e) {
      LOG.warn("closing store {} failed", store.name(), e);
    }
  }
}
