package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Records polled for one store write, in poll order (so each partition's records are in offset order), with the
 * failures of its last tries. Not thread-safe: owned by the sink thread.
 */
final class Batch {

  /**
   * A polled record and its article; the article is null for a tombstone (a null value under an article id) and
   * when the record could not be read (already a DLQ).
   */
  record Entry(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article) {
    TopicPartition partition() {
      return new TopicPartition(record.topic(), record.partition());
    }

    /** A delete of the article whose id is the key. */
    boolean tombstone() {
      return record.value() == null && record.key() != null;
    }

    String deletedId() {
      return new String(record.key(), StandardCharsets.UTF_8);
    }
  }

  /** What the store applies for a batch: {@code deletes} first, then {@code upserts}. */
  record Changes(List<EnrichedArticle> upserts, Set<String> deletes) {}

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

  /**
   * The batch's changes in Kafka's order per id: every id with a tombstone is deleted, and only the articles that
   * came after their id's last tombstone are written (a delete then a re-publish leaves the new version).
   */
  Changes changes() {
    Map<String, Integer> lastDelete = new HashMap<>();
    Set<String> deletes = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.tombstone()) {
        deletes.add(entry.deletedId());
        lastDelete.put(entry.deletedId(), i);
      }
    }
    List<EnrichedArticle> upserts = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      EnrichedArticle article = entries.get(i).article();
      if (article != null && i > lastDelete.getOrDefault(article.getId(), -1)) {
        upserts.add(article);
      }
    }
    return new Changes(upserts, deletes);
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
