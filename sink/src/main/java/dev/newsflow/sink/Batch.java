package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Records polled for one store write, in poll order (so each partition's records are in offset order), with the
 * failures of its last tries. Not thread-safe: owned by the sink thread.
 */
final class Batch {

  /** A polled record and its article; the article is null when the record could not be read (already a DLQ). */
  record Entry(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article) {
    TopicPartition partition() {
      return new TopicPartition(record.topic(), record.partition());
    }
  }

  private final List<Entry> entries;
  private int failures;

  Batch(List<Entry> entries) {
    this.entries = entries;
  }

  List<Entry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  List<EnrichedArticle> articles() {
    List<EnrichedArticle> articles = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (entry.article() != null) {
        articles.add(entry.article());
      }
    }
    return articles;
  }

  int recordFailure() {
    return ++failures;
  }

  /** The two halves, in order; the first half's records come before the second's in every partition. */
  List<Batch> halves() {
    int middle = entries.size() / 2;
    return List.of(new Batch(new ArrayList<>(entries.subList(0, middle))),
        new Batch(new ArrayList<>(entries.subList(middle, entries.size()))));
  }

  /** A copy without the records of the given partitions (revoked in a rebalance; their new owner reads them). */
  Batch without(Collection<TopicPartition> partitions) {
    List<Entry> kept = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (!partitions.contains(entry.partition())) {
        kept.add(entry);
      }
    }
    Batch copy = new Batch(kept);
    copy.failures = failures;
    return copy;
  }
}
