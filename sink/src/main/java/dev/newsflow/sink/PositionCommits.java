package dev.newsflow.sink;

import dev.newsflow.sink.Batch.Entry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the sink commits: the consumer's position, not one past the last record. On a transactional topic each
 * transaction ends with a commit marker that takes an offset but is never returned as a record; committing
 * {@code offset + 1} would leave the group one behind the log end forever, and every lag alert firing. The
 * position is past the markers the consumer has read.
 *
 * <p>Records of a partition still waiting to be written (a later batch, or polled but not yet batched) hold the
 * commit back to the first of them. When the loop is idle, positions that moved on past markers fetched after the
 * last batch are committed too ({@link #idleOffsets()}).
 *
 * <p>Not thread-safe: owned by the sink thread.
 */
final class PositionCommits {

  private final Consumer<?, ?> consumer;
  /** What this member committed last, per partition it owns. */
  private final Map<TopicPartition, Long> committed = new HashMap<>();

  PositionCommits(Consumer<?, ?> consumer) {
    this.consumer = consumer;
  }

  /**
   * The offsets to commit once {@code batch} is stored, for the partitions it covers.
   *
   * @param waiting records polled but not yet written (later batches, the batch being collected)
   */
  Map<TopicPartition, OffsetAndMetadata> afterBatch(Batch batch, Iterable<Entry> waiting) {
    Map<TopicPartition, Long> next = new HashMap<>();
    for (Entry entry : batch.entries()) {
      next.merge(entry.partition(), entry.record().offset() + 1, Math::max);
    }
    Map<TopicPartition, Long> firstWaiting = new HashMap<>();
    for (Entry entry : waiting) {
      if (next.containsKey(entry.partition())) {
        firstWaiting.merge(entry.partition(), entry.record().offset(), Math::min);
      }
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    next.forEach((partition, pastLast) -> {
      Long held = firstWaiting.get(partition);
      long offset = held != null ? held : positionOr(partition, pastLast);
      offsets.put(partition, new OffsetAndMetadata(Math.max(offset, pastLast)));
    });
    return offsets;
  }

  /** Positions that moved past what was committed (markers read since), for a commit while nothing waits. */
  Map<TopicPartition, OffsetAndMetadata> idleOffsets() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    committed.forEach((partition, offset) -> {
      if (consumer.assignment().contains(partition)) {
        long position = consumer.position(partition);
        if (position > offset) {
          offsets.put(partition, new OffsetAndMetadata(position));
        }
      }
    });
    return offsets;
  }

  /** Records a successful commit. */
  void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
    offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
  }

  /** Forgets partitions this member no longer owns. */
  void forget(Collection<TopicPartition> partitions) {
    committed.keySet().removeAll(partitions);
  }

  private long positionOr(TopicPartition partition, long fallback) {
    // A partition we read from has a position; one revoked meanwhile is not ours to commit past its records.
    return consumer.assignment().contains(partition) ? consumer.position(partition) : fallback;
  }
}
