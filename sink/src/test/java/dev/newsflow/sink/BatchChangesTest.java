package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.sink.Batch.Entry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** How a batch's records become the store's deletes and upserts, in Kafka's order per id. */
class BatchChangesTest {

  private long offset;

  @Test
  void shouldDeleteAndSkipTheVersionsBeforeATombstone() {
    Batch batch = new Batch(List.of(article("a"), article("b"), tombstone("a")));
    assertThat(batch.changes().deletes()).containsExactly("a");
    assertThat(batch.changes().upserts()).extracting(EnrichedArticle::getId).containsExactly("b");
  }

  @Test
  void shouldWriteAVersionPublishedAfterTheTombstone() {
    Batch batch = new Batch(List.of(article("a"), tombstone("a"), article("a")));
    assertThat(batch.changes().deletes()).containsExactly("a");
    assertThat(batch.changes().upserts()).extracting(EnrichedArticle::getId).containsExactly("a");
  }

  @Test
  void shouldIgnoreRecordsAlreadyDeadLettered() {
    Entry unreadable = new Entry(record("x", new byte[] {1}), null);
    assertThat(new Batch(List.of(unreadable)).changes().deletes()).isEmpty();
    assertThat(new Batch(List.of(unreadable)).changes().upserts()).isEmpty();
  }

  /** Issue 18: story records and their tombstones, read beside the articles, by the same rules. */
  @Test
  void shouldSeparateStoriesFromArticlesWithTheirOwnTombstones() {
    Batch batch = new Batch(List.of(article("a"), story("s-a"), storyTombstone("s-b"), story("s-b"),
        storyTombstone("s-c"), story("s-d"), storyTombstone("s-d"), tombstone("x")));
    Batch.Changes changes = batch.changes();
    assertThat(changes.upserts()).extracting(EnrichedArticle::getId).containsExactly("a");
    assertThat(changes.deletes()).containsExactly("x");
    assertThat(changes.stories()).extracting(Story::getId).containsExactly("s-a", "s-b");
    assertThat(changes.storyDeletes()).containsExactly("s-b", "s-c", "s-d");
  }

  private Entry story(String id) {
    return Entry.ofStory(storyRecord(id, new byte[] {0}), TestStories.story(id, id, "2025-06-10T12:00:00Z"));
  }

  private Entry storyTombstone(String id) {
    return Entry.ofStory(storyRecord(id, null), null);
  }

  private ConsumerRecord<byte[], byte[]> storyRecord(String key, byte[] value) {
    return new ConsumerRecord<>("news.stories", 0, offset++, key.getBytes(StandardCharsets.UTF_8), value);
  }

  private Entry article(String id) {
    return new Entry(record(id, new byte[] {0}), TestArticles.article(id, id));
  }

  private Entry tombstone(String id) {
    return new Entry(record(id, null), null);
  }

  private ConsumerRecord<byte[], byte[]> record(String key, byte[] value) {
    return new ConsumerRecord<>("news.enriched", 0, offset++, key.getBytes(StandardCharsets.UTF_8), value);
  }
}
