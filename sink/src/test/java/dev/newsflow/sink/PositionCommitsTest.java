package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.sink.Batch.Entry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offsets the sink commits; the consumer's positions are set as a fetch past transaction markers sets them. */
class PositionCommitsTest {

  private static final TopicPartition P0 = new TopicPartition("news.enriched", 0);
  private static final TopicPartition P1 = new TopicPartition("news.enriched", 1);

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final PositionCommits commits = new PositionCommits(consumer);

  @BeforeEach
  void assign() {
    consumer.assign(List.of(P0, P1));
  }

  @Test
  void shouldCommitThePositionPastTheTransactionMarker() {
    consumer.seek(P0, 4); // records 0..2, the commit marker at 3
    Map<TopicPartition, OffsetAndMetadata> offsets = commits.afterBatch(batch(entry(P0, 0), entry(P0, 2)), List.of());
    assertThat(offsets).containsExactly(Map.entry(P0, new OffsetAndMetadata(4)));
  }

  @Test
  void shouldHoldTheCommitBackToTheFirstRecordStillWaiting() {
    consumer.seek(P0, 9);
    consumer.seek(P1, 5);
    Batch first = batch(entry(P0, 0), entry(P0, 1), entry(P1, 3));
    Map<TopicPartition, OffsetAndMetadata> offsets = commits.afterBatch(first, List.of(entry(P0, 3), entry(P0, 5)));
    assertThat(offsets).containsOnly(Map.entry(P0, new OffsetAndMetadata(3)), Map.entry(P1, new OffsetAndMetadata(5)));
  }

  @Test
  void shouldCommitWhenIdleOnlyPositionsThatMovedOn() {
    consumer.seek(P0, 3);
    consumer.seek(P1, 2);
    Map<TopicPartition, OffsetAndMetadata> offsets = commits.afterBatch(batch(entry(P0, 2), entry(P1, 1)), List.of());
    commits.committed(offsets);
    assertThat(commits.idleOffsets()).isEmpty();

    consumer.seek(P1, 3); // the marker of P1's transaction fetched after the batch was written
    assertThat(commits.idleOffsets()).containsExactly(Map.entry(P1, new OffsetAndMetadata(3)));
  }

  @Test
  void shouldNotCommitPartitionsNoLongerOwned() {
    consumer.seek(P0, 3);
    commits.committed(commits.afterBatch(batch(entry(P0, 1)), List.of()));
    consumer.seek(P0, 4);
    commits.forget(List.of(P0));
    assertThat(commits.idleOffsets()).isEmpty();
  }

  private static Batch batch(Entry... entries) {
    return new Batch(List.of(entries));
  }

  private static Entry entry(TopicPartition partition, long offset) {
    return new Entry(new ConsumerRecord<>(partition.topic(), partition.partition(), offset, new byte[0], new byte[0]),
        null);
  }
}
