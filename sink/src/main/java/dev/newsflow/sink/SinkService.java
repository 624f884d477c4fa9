package dev.newsflow.sink;

import dev.newsflow.ops.http.ReadinessCheck;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.sink.Batch.Entry;
import dev.newsflow.sink.jdbc.SqlErrors;
import dev.newsflow.sink.store.ArticleStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink instance: a member of the consumer group on the enriched topic that writes batches to its store and
 * commits their offsets only after the store has them (at-least-once delivery; the stores are idempotent).
 *
 * <ul>
 *   <li>A batch closes at {@code maxBatch} records or {@code maxBatchWait} after its first record.
 *   <li>Records that cannot be read go to the DLQ with their original bytes.
 *   <li>While the store fails transiently (down, unreachable), the batch is kept and retried with exponential
 *       backoff, the partitions paused but the consumer still polling so it stays in the group.
 *   <li>A batch that fails permanently ({@link ArticleStore#isPermanent}) {@code maxTries} times is split in
 *       halves, recursively, until the records at fault stand alone; those go to the DLQ with the reason and the
 *       rest is written, in partition order.
 * </ul>
 *
 * <p>Metrics: see {@link SinkMetrics}, plus Micrometer's Kafka client binders for the consumer and the DLQ producer.
 * Readiness ({@link #readiness()}): the consumer has joined its group and the store's last write did not fail.
 *
 * <p>Runs on its own thread; {@link #start()}, {@link #close()} and the counters may be used from any thread.
 */
public final class SinkService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  private static final Duration POLL = Duration.ofMillis(200);
  /** Stage name in dead-letter headers. */
  public static final String STAGE = "sink";

  private final SinkConfig config;
  private final ArticleStore store;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final KafkaProducer<byte[], byte[]> dlqProducer;
  private final AvroDeserializer<EnrichedArticle> deserializer = new AvroDeserializer<>(EnrichedArticle.class);
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong failedWrites = new AtomicLong();
  private final Thread thread;
  /** Batches waiting to be written, oldest first; more than one only while a failing batch is being split. */
  private final Deque<Batch> pending = new ArrayDeque<>();
  /** Polled records not yet in a batch; visible to the rebalance listener, which runs inside poll. */
  private final List<Entry> collecting = new ArrayList<>();
  private Duration backoff;
  private final SinkMetrics metrics;
  private final List<KafkaClientMetrics> clientMetrics;
  private final ScheduledExecutorService metricsScheduler;
  private static final Duration METRICS_REFRESH = Duration.ofSeconds(10);
  /** Partitions assigned, for readiness (written by the sink thread in the rebalance listener). */
  private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean joined = new AtomicBoolean();
  /** The last store failure while it lasts (null once a write succeeds), for readiness. */
  private final AtomicReference<String> storeFailure = new AtomicReference<>();

  public SinkService(SinkConfig config, ArticleStore store) {
    this(config, store, new SimpleMeterRegistry());
  }

  /** A sink recording its meters (and its Kafka clients' metrics) in {@code registry}. */
  public SinkService(SinkConfig config, ArticleStore store, MeterRegistry registry) {
    this.config = config;
    this.store = store;
    this.backoff = config.retryBackoff();
    Map<String, Object> common = config.kafka().clientConfig();
    deserializer.configure(common, false);

    Map<String, Object> consumerConfig = new HashMap<>(common);
    consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch());
    this.consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());

    Map<String, Object> producerConfig = new HashMap<>(common);
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    this.dlqProducer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    this.thread = new Thread(this::run, "newsflow-sink-" + store.name());
    this.metrics = new SinkMetrics(registry, store.name());
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
      String failure = storeFailure.get();
      details.put("running", alive);
      details.put("group", config.groupId());
      details.put("joined", joined.get());
      Set<String> partitions = new TreeSet<>();
      assigned.forEach(partition -> partitions.add(partition.toString()));
      details.put("assigned", List.copyOf(partitions));
      details.put("store", store.name());
      details.put("storeReachable", failure == null);
      if (failure != null) {
        details.put("storeError", failure);
      }
      return ReadinessCheck.Result.of(alive && joined.get() && failure == null, details);
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
    return written.get();
  }

  /** Records sent to the DLQ so far (unreadable or unwritable). */
  public long deadLettered() {
    return deadLettered.get();
  }

  /** Store writes that failed (each retry counts). */
  public long failedWrites() {
    return failedWrites.get();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(config.topics().enriched()), new KeepOwnedRecordsOnRevoke());
      while (running.get()) {
        if (pending.isEmpty()) {
          Batch next = collect();
          if (next.isEmpty()) {
            continue;
          }
          pending.add(next);
        }
        writeHead();
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.error("sink stopped by an unexpected error", e);
    } finally {
      consumer.close();
      dlqProducer.close();
    }
  }

  /**
   * Polls until the batch is full or its time is up (counted from its first record). A poll may bring more than
   * fit; the rest starts the next batch.
   */
  private Batch collect() {
    if (!consumer.paused().isEmpty()) {
      consumer.resume(consumer.paused()); // nothing pending (e.g. a rebalance took the failing batch): read again
    }
    long deadline = collecting.isEmpty() ? Long.MAX_VALUE
        : System.currentTimeMillis() + config.maxBatchWait().toMillis();
    while (running.get() && collecting.size() < config.maxBatch()) {
      long wait = collecting.isEmpty() ? POLL.toMillis() : deadline - System.currentTimeMillis();
      if (wait <= 0) {
        break;
      }
      var records = consumer.poll(Duration.ofMillis(wait));
      metrics.read(records.count());
      for (ConsumerRecord<byte[], byte[]> record : records) {
        collecting.add(new Entry(record, decode(record)));
      }
      if (collecting.isEmpty()) {
        break; // nothing came: let the loop check whether to stop
      }
      if (deadline == Long.MAX_VALUE) {
        deadline = System.currentTimeMillis() + config.maxBatchWait().toMillis();
      }
    }
    List<Entry> taken = collecting.subList(0, Math.min(config.maxBatch(), collecting.size()));
    Batch batch = new Batch(new ArrayList<>(taken));
    taken.clear();
    return batch;
  }

  private EnrichedArticle decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return deserializer.deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      deadLetter(record, e);
      return null;
    }
  }

  /** One try at the oldest pending batch. */
  private void writeHead() {
    Batch batch = pending.peekFirst();
    try {
      long begin = System.nanoTime();
      List<EnrichedArticle> articles = batch.articles();
      store.write(articles);
      Duration took = Duration.ofNanos(System.nanoTime() - begin);
      storeFailure.set(null);
      dlqProducer.flush();
      consumer.commitSync(batch.nextOffsets());
      pending.removeFirst();
      written.addAndGet(articles.size());
      metrics.written(articles, took);
      backoff = config.retryBackoff();
      if (pending.isEmpty()) {
        consumer.resume(consumer.paused());
      }
    } catch (WakeupException e) {
      throw e;
    } catch (CommitFailedException e) {
      // The group moved on (a rebalance) between our write and our commit. The rows are stored; read again what
      // we still own from the last commit, and let the new owners do the same for the rest.
      LOG.warn("offset commit failed after a rebalance; re-reading the pending records: {}", e.toString());
      rewindPending();
    } catch (Exception e) {
      failedWrites.incrementAndGet();
      boolean permanent = store.isPermanent(e);
      metrics.writeFailed(permanent);
      if (!permanent) {
        storeFailure.set(e.toString());
      }
      if (permanent && batch.recordFailure() >= config.maxTries()) {
        isolate(batch, e);
      } else {
        metrics.retry();
        LOG.warn("store {} failed to write {} articles; will retry in {} ms: {}", store.name(), batch.size(),
            backoff.toMillis(), e.toString());
        waitBeforeRetry();
      }
    }
  }

  /** Splits a batch that keeps failing on its data, or dead-letters it when it is down to one record. */
  private void isolate(Batch batch, Exception failure) {
    pending.removeFirst();
    if (batch.size() > 1) {
      LOG.warn("store {} rejected a batch of {} {} times; splitting it to find the record at fault: {}",
          store.name(), batch.size(), config.maxTries(), failure.toString());
      List<Batch> halves = batch.halves();
      pending.addFirst(halves.get(1));
      pending.addFirst(halves.get(0));
      return;
    }
    Entry entry = batch.entries().get(0);
    deadLetter(entry.record(), SqlErrors.reason(failure));
    dlqProducer.flush();
    try {
      consumer.commitSync(batch.nextOffsets());
    } catch (CommitFailedException e) {
      pending.addFirst(batch); // its record may reach the DLQ twice, as at-least-once allows
      rewindPending();
    }
  }

  /** Seeks the partitions we still own back to the first pending record of each and forgets the pending batches. */
  private void rewindPending() {
    Map<TopicPartition, Long> first = new HashMap<>();
    for (Batch batch : pending) {
      for (Entry entry : batch.entries()) {
        first.merge(entry.partition(), entry.record().offset(), Math::min);
      }
    }
    first.forEach((partition, offset) -> {
      if (consumer.assignment().contains(partition)) {
        consumer.seek(partition, offset);
      }
    });
    pending.clear();
    consumer.resume(consumer.paused());
    backoff = config.retryBackoff();
  }

  private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception reason) {
    LOG.warn("record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
        config.topics().dlq(), reason.toString());
    dlqProducer.send(DeadLetters.of(config.topics().dlq(), record, STAGE, reason));
    deadLettered.incrementAndGet();
    metrics.deadLettered(reason);
  }

  private void waitBeforeRetry() {
    consumer.pause(consumer.assignment());
    consumer.poll(backoff); // paused: returns nothing, but keeps the group membership alive while we wait
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : doubled;
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
      dlqProducer.close();
    }
    clientMetrics.forEach(KafkaClientMetrics::close);
    metricsScheduler.shutdownNow();
    try {
      store.close();
    } catch (Exception e) {
      LOG.warn("closing store {} failed", store.name(), e);
    }
  }

  /**
   * Revoked partitions belong to another member now, which reads their uncommitted records again: drop them from
   * the pending batches. Records of partitions we keep stay pending, since the consumer will not return them
   * again (dropping those would lose them under cooperative rebalancing).
   */
  private final class KeepOwnedRecordsOnRevoke implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      assigned.removeAll(partitions);
      dropPartitions(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      assigned.removeAll(partitions);
      dropPartitions(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assigned.addAll(partitions);
      joined.set(true);
      if (!pending.isEmpty()) {
        consumer.pause(partitions); // still retrying: take new partitions on once the store is back
      }
    }

    private void dropPartitions(Collection<TopicPartition> partitions) {
      List<Batch> kept = new ArrayList<>();
      for (Batch batch : pending) {
        Batch rest = batch.without(partitions);
        if (!rest.isEmpty()) {
          kept.add(rest);
        }
      }
      pending.clear();
      pending.addAll(kept);
      collecting.removeIf(entry -> partitions.contains(entry.partition()));
    }
  }
}
