package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.sink.store.ArticleStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink instance: a member of the consumer group on the enriched topic that writes each polled batch to its store
 * and commits the offsets only after the store has the batch (at-least-once delivery; the stores are idempotent).
 * Records that cannot be read go to the DLQ with their original bytes. While the store fails, the batch is kept and
 * retried with exponential backoff, the partitions paused but the consumer still polling so it stays in the group.
 *
 * <p>Runs on its own thread; {@link #start()} and {@link #close()} may be called from any thread.
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
  private final Thread thread;
  private Batch pending;

  public SinkService(SinkConfig config, ArticleStore store) {
    this.config = config;
    this.store = store;
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

  /** Records sent to the DLQ so far. */
  public long deadLettered() {
    return deadLettered.get();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(config.topics().enriched()), new DropPendingOnRevoke());
      Duration backoff = config.retryBackoff();
      while (running.get()) {
        if (pending == null) {
          pending = decode(consumer.poll(POLL));
        }
        if (pending.isEmpty()) {
          pending = null;
          continue;
        }
        if (tryWrite(pending)) {
          pending = null;
          backoff = config.retryBackoff();
          consumer.resume(consumer.paused());
        } else {
          consumer.pause(consumer.assignment());
          consumer.poll(backoff); // keeps group membership alive while we wait
          backoff = backoff.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
              ? config.maxRetryBackoff() : backoff.multipliedBy(2);
        }
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

  private boolean tryWrite(Batch batch) {
    try {
      store.write(batch.articles());
      dlqProducer.flush();
      consumer.commitSync(batch.nextOffsets());
      written.addAndGet(batch.articles().size());
      return true;
    } catch (WakeupException e) {
      throw e;
    } catch (Exception e) {
      LOG.warn("store {} failed to write {} articles; will retry: {}", store.name(), batch.articles().size(),
          e.toString());
      return false;
    }
  }

  private Batch decode(ConsumerRecords<byte[], byte[]> records) {
    List<EnrichedArticle> articles = new ArrayList<>(records.count());
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
      try {
        EnrichedArticle article = deserializer.deserialize(record.topic(), record.headers(), record.value());
        if (article != null) {
          articles.add(article);
        }
      } catch (RuntimeException e) {
        LOG.warn("unreadable record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
            config.topics().dlq(), e.toString());
        dlqProducer.send(DeadLetters.of(config.topics().dlq(), record, STAGE, e));
        deadLettered.incrementAndGet();
      }
    }
    return new Batch(articles, next);
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
    try {
      store.close();
    } catch (Exception e) {
      LOG.warn("closing store {} failed", store.name(), e);
    }
  }

  /** A polled batch and the offsets to commit once it is stored. */
  private record Batch(List<EnrichedArticle> articles, Map<TopicPartition, OffsetAndMetadata> nextOffsets) {
    boolean isEmpty() {
      return nextOffsets.isEmpty();
    }
  }

  /** After a rebalance another member owns the revoked records; forget the batch, it will be redelivered there. */
  private final class DropPendingOnRevoke implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      pending = null;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
  }
}
