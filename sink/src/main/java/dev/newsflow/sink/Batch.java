package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Records polled for one store write (articles and stories), in poll order (so each partition's records are in
 * offset order), with the failures of its last tries. Not thread-safe: owned by the sink thread.
 */
final class Batch {

  /**
   * A polled record of the enriched topic with its article, or of the stories topic ({@code ofStories}) with its
   * story. Both are null for a tombstone (a null value under an id) and when the record could not be read
   * (already a DLQ).
   */
  record Entry(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article, Story story, boolean ofStories) {

    /** A record of the enriched topic. */
    Entry(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article) {
      this(record, article, null, false);
    }

    /** A record of the stories topic. */
    static Entry ofStory(ConsumerRecord<byte[], byte[]> record, Story story) {
      return new Entry(record, null, story, true);
    }

    TopicPartition partition() {
      return new TopicPartition(record.topic(), record.partition());
    }

    /** A delete of the article (or, {@code ofStories}, the story) whose id is the key. */
    boolean tombstone() {
      return record.value() == null && record.key() != null;
    }

    String deletedId() {
      return new String(record.key(), StandardCharsets.UTF_8);
    }
  }

  /**
   * What the store applies for a batch, in this order: {@code storyDeletes}, {@code stories}, {@code deletes},
   * {@code upserts} (stories first, so articles naming a story merged in this batch go to its survivor).
   */
  record Changes(List<EnrichedArticle> upserts, Set<String> deletes, List<Story> stories, Set<String> storyDeletes) {

    /** Articles and stories written. */
    int records() {
      return upserts.size() + stories.size();
    }
  }

  private static final int DESCRIBED_IDS = 5;
  private static final int MAX_ID_CHARS = 64;

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

  /** For logs: the first article ids and the partitions and offsets covered, never content. */
  String describe() {
    StringBuilder ids = new StringBuilder("ids ");
    int shown = Math.min(entries.size(), DESCRIBED_IDS);
    for (int i = 0; i < shown; i++) {
      byte[] key = entries.get(i).record().key();
      ids.append(i == 0 ? "" : ", ").append(key == null ? "null" : shortId(key));
    }
    if (entries.size() > shown) {
      ids.append(" and ").append(entries.size() - shown).append(" more");
    }
    Map<TopicPartition, long[]> ranges = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
    for (Entry entry : entries) {
      long offset = entry.record().offset();
      ranges.merge(entry.partition(), new long[] {offset, offset},
          (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    StringBuilder offsets = new StringBuilder();
    ranges.forEach((partition, range) -> offsets.append(offsets.isEmpty() ? "" : ", ").append(partition)
        .append('@').append(range[0]).append(range[0] == range[1] ? "" : "-" + range[1]));
    return ids + "; offsets " + offsets;
  }

  /** Ids are 32 hex characters; a key from elsewhere is cut and kept printable. */
  private static String shortId(byte[] key) {
    String id = new String(key, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
    return id.length() <= MAX_ID_CHARS ? id : id.substring(0, MAX_ID_CHARS) + "…";
  }

  /**
   * The batch's changes in Kafka's order per id, for articles and stories alike: every id with a tombstone is
   * deleted, and only the versions that came after their id's last tombstone are written (a delete then a
   * re-publish leaves the new version).
   */
  Changes changes() {
    Set<String> deletes = new LinkedHashSet<>();
    Set<String> storyDeletes = new LinkedHashSet<>();
    List<EnrichedArticle> upserts = afterLastDelete(false, Entry::article, EnrichedArticle::getId, deletes);
    List<Story> stories = afterLastDelete(true, Entry::story, Story::getId, storyDeletes);
    return new Changes(upserts, deletes, stories, storyDeletes);
  }

  /** The values of one topic's entries written after their id's last tombstone; adds the deleted ids. */
  private <T> List<T> afterLastDelete(boolean ofStories, Function<Entry, T> value, Function<T, String> id,
      Set<String> deletes) {
    Map<String, Integer> lastDelete = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.ofStories() == ofStories && entry.tombstone()) {
        deletes.add(entry.deletedId());
        lastDelete.put(entry.deletedId(), i);
      }
    }
    List<T> written = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      T version = entry.ofStories() == ofStories ? value.apply(entry) : null;
      if (version != null && i > lastDelete.getOrDefault(id.apply(version), -1)) {
        written.add(version);
      }
    }
    return written;
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
