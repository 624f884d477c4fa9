package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.sink.Batch.Entry;
import dev.newsflow.sink.jdbc.SqlErrors;
import dev.newsflow.sink.store.ArticleStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink thread's work: poll, batch, write to the store, commit the consumer's positions only after the store
 * has them ({@link PositionCommits}: past transaction markers, so the group's lag reaches 0).
 *
 * <ul>
 *   <li>A batch closes at {@code maxBatch} records or {@code maxBatchWait} after its first record.
 *   <li>Records that cannot be read go to the DLQ with their original bytes.
 *   <li>The consumer reads the enriched topic and the stories topic; a batch may hold both. Story states are
 *       written before the batch's articles ({@link ArticleStore#writeStories}).
 *   <li>Tombstones (null values keyed by an article or story id) delete the article or story from the store,
 *       before the batch's later versions of it are written ({@link Batch#changes()}).
 *   <li>While the store fails transiently (down, unreachable), the batch is kept and retried with exponential
 *       backoff ({@link RetryBackoff}), the partitions paused but the consumer still polling so it stays in the group.
 *   <li>A batch that fails permanently ({@link ArticleStore#isPermanent}) {@code maxTries} times is split in
 *       halves, recursively, until the records at fault stand alone; those go to the DLQ with the reason and the
 *       rest is written, in partition order.
 * </ul>
 *
 * <p>{@link #run()} runs on the sink thread and closes the consumer and the dead letters when it ends; the counters
 * and the readiness facts may be read from any thread.
 */
final class BatchLoop {

  private static final Logger LOG = LoggerFactory.getLogger(BatchLoop.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final SinkConfig config;
  private final ArticleStore store;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final SinkDeadLetters deadLetters;
  private final SinkMetrics metrics;
  private final Deserializer<EnrichedArticle> deserializer;
  private final Deserializer<Story> storyDeserializer;
  private final BooleanSupplier running;
  private final RetryBackoff backoff;
  private final PositionCommits commits;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong failedWrites = new AtomicLong();
  private final AtomicLong deleted = new AtomicLong();
  private final AtomicLong storiesWritten = new AtomicLong();
  /** Batches waiting to be written, oldest first; more than one only while a failing batch is being split. */
  private final Deque<Batch> pending = new ArrayDeque<>();
  /** Polled records not yet in a batch; visible to the rebalance listener, which runs inside poll. */
  private final List<Entry> collecting = new ArrayList<>();
  /** Partitions assigned, for readiness (written by the sink thread in the rebalance listener). */
  private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean joined = new AtomicBoolean();
  /** The last store failure while it lasts (null once a write succeeds), for readiness. */
  private final AtomicReference<String> storeFailure = new AtomicReference<>();

  /**
   * @param consumer the sink's consumer, not yet subscribed; closed when {@link #run()} ends
   * @param deadLetters closed when {@link #run()} ends
   * @param deserializer configured, for the enriched topic
   * @param storyDeserializer configured, for the stories topic
   * @param running read before each step: the loop ends once it is false
   */
  BatchLoop(SinkConfig config, ArticleStore store, KafkaConsumer<byte[], byte[]> consumer,
      SinkDeadLetters deadLetters, SinkMetrics metrics, Deserializer<EnrichedArticle> deserializer,
      Deserializer<Story> storyDeserializer, BooleanSupplier running) {
    this.config = config;
    this.store = store;
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.deserializer = deserializer;
    this.storyDeserializer = storyDeserializer;
    this.running = running;
    this.backoff = new RetryBackoff(config.retryBackoff(), config.maxRetryBackoff());
    this.commits = new PositionCommits(consumer);
  }

  /** Articles written to the store and committed so far. */
  long written() {
    return written.get();
  }

  /** Articles deleted from the store (tombstones applied) and committed so far. */
  long deleted() {
    return deleted.get();
  }

  /** Story states written to the store and committed so far. */
  long storiesWritten() {
    return storiesWritten.get();
  }

  /** Store writes that failed (each retry counts). */
  long failedWrites() {
    return failedWrites.get();
  }

  /** Whether the consumer has joined its group (had partitions assigned at least once). */
  boolean joined() {
    return joined.get();
  }

  /** The partitions assigned now. */
  Set<TopicPartition> assigned() {
    return Collections.unmodifiableSet(assigned);
  }

  /** The last store failure while it lasts, or null once a write succeeds. */
  String storeFailure() {
    return storeFailure.get();
  }

  void run() {
    try {
      consumer.subscribe(List.of(config.topics().enriched(), config.topics().stories()),
          new KeepOwnedRecordsOnRevoke());
      while (running.getAsBoolean()) {
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
      if (running.getAsBoolean()) {
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.error("sink stopped by an unexpected error", e);
    } finally {
      consumer.close();
      deadLetters.close();
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
    while (running.getAsBoolean() && collecting.size() < config.maxBatch()) {
      long wait = collecting.isEmpty() ? POLL.toMillis() : deadline - System.currentTimeMillis();
      if (wait <= 0) {
        break;
      }
      var records = consumer.poll(Duration.ofMillis(wait));
      int articles = 0;
      for (ConsumerRecord<byte[], byte[]> record : records) {
        if (record.topic().equals(config.topics().stories())) {
          collecting.add(Entry.ofStory(record, decode(record, storyDeserializer)));
        } else {
          collecting.add(new Entry(record, decode(record, deserializer)));
          articles++;
        }
      }
      metrics.read(articles);
      if (collecting.isEmpty()) {
        commitIdlePositions();
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

  private <T> T decode(ConsumerRecord<byte[], byte[]> record, Deserializer<T> deserializer) {
    if (record.value() == null) {
      if (record.key() == null) {
        deadLetters.send(record, new IllegalArgumentException("a tombstone without a key names no article or story"));
      }
      return null; // a tombstone: a delete of the article or story its key names
    }
    try {
      return deserializer.deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      deadLetters.send(record, e);
      return null;
    }
  }

  /** One try at the oldest pending batch. */
  private void writeHead() {
    Batch batch = pending.peekFirst();
    try {
      long begin = System.nanoTime();
      Batch.Changes changes = batch.changes();
      List<EnrichedArticle> articles = changes.upserts();
      if (!changes.storyDeletes().isEmpty()) {
        store.deleteStories(changes.storyDeletes());
      }
      store.writeStories(changes.stories());
      if (!changes.deletes().isEmpty()) {
        store.delete(changes.deletes());
      }
      store.write(articles);
      Duration took = Duration.ofNanos(System.nanoTime() - begin);
      storeFailure.set(null);
      deadLetters.flush();
      commit(batch);
      pending.removeFirst();
      written.addAndGet(articles.size());
      deleted.addAndGet(changes.deletes().size());
      storiesWritten.addAndGet(changes.stories().size());
      metrics.written(articles, took);
      metrics.storiesWritten(changes.stories().size(), changes.storyDeletes().size());
      metrics.deleted(changes.deletes().size());
      backoff.reset();
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
        storeFailure.set(SqlErrors.describe(e));
      }
      if (permanent && batch.recordFailure() >= config.maxTries()) {
        isolate(batch, e);
      } else {
        metrics.retry();
        // The batch, never its content: a driver's message may hold the statement with the article text.
        LOG.warn("store {} failed to write {} records ({}); will retry in {} ms: {}", store.name(), batch.size(),
            batch.describe(), backoff.current().toMillis(), SqlErrors.describe(e));
        waitBeforeRetry();
      }
    }
  }

  /** Splits a batch that keeps failing on its data, or dead-letters it when it is down to one record. */
  private void isolate(Batch batch, Exception failure) {
    pending.removeFirst();
    if (batch.size() > 1) {
      LOG.warn("store {} rejected a batch of {} ({}) {} times; splitting it to find the record at fault: {}",
          store.name(), batch.size(), batch.describe(), config.maxTries(), SqlErrors.describe(failure));
      List<Batch> halves = batch.halves();
      pending.addFirst(halves.get(1));
      pending.addFirst(halves.get(0));
      return;
    }
    Entry entry = batch.entries().get(0);
    deadLetters.send(entry.record(), SqlErrors.reason(failure));
    deadLetters.flush();
    try {
      commit(batch);
    } catch (CommitFailedException e) {
      pending.addFirst(batch); // its record may reach the DLQ twice, as at-least-once allows
      rewindPending();
    }
  }

  /** Commits the consumer's position for the partitions {@code batch} covered (see {@link PositionCommits}). */
  private void commit(Batch batch) {
    List<Entry> waiting = new ArrayList<>(collecting);
    for (Batch other : pending) {
      if (other != batch) {
        waiting.addAll(other.entries());
      }
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = commits.afterBatch(batch, waiting);
    consumer.commitSync(offsets);
    commits.committed(offsets);
  }

  /** Nothing waits: commit positions that moved past transaction markers since the last batch. */
  private void commitIdlePositions() {
    if (!pending.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = commits.idleOffsets();
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets);
      commits.committed(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.debug("idle offset commit skipped during a rebalance: {}", e.toString());
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
    backoff.reset();
  }

  private void waitBeforeRetry() {
    consumer.pause(consumer.assignment());
    consumer.poll(backoff.current()); // paused: returns nothing, but keeps the group membership alive while we wait
    backoff.increase();
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
      commits.forget(partitions);
      dropPartitions(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      assigned.removeAll(partitions);
      commits.forget(partitions);
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
