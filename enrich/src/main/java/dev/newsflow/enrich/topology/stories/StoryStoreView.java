package dev.newsflow.enrich.topology.stories;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsflow.schema.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads and writes stories in one key-value store laid out by {@link StoryStoreKeys}: the story records, the
 * candidate index (key → stories) and the article → story map. Used for the global store of all live stories and
 * for each task's overlay of the stories it changed itself. Not thread-safe (one per processor).
 */
final class StoryStoreView {

  private static final StringSerializer PREFIX = new StringSerializer();

  private final ReadOnlyKeyValueStore<String, byte[]> store;
  private final StorySubjectSerde serde;

  StoryStoreView(ReadOnlyKeyValueStore<String, byte[]> store, StorySubjectSerde serde) {
    this.store = store;
    this.serde = serde;
  }

  Story story(String storyId) {
    return serde.fromBytes(store.get(StoryStoreKeys.story(storyId)));
  }

  String storyOfArticle(String articleId) {
    byte[] id = store.get(StoryStoreKeys.article(articleId));
    return id == null ? null : new String(id, UTF_8);
  }

  /** Story id → the last article time it was indexed with, for the stories under {@code key}. */
  Map<String, Long> storiesUnder(String key) {
    Map<String, Long> found = new HashMap<>();
    try (KeyValueIterator<String, byte[]> it = store.prefixScan(StoryStoreKeys.indexPrefix(key), PREFIX)) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> entry = it.next();
        found.merge(StoryStoreKeys.storyOfIndexEntry(entry.key), StoryStoreKeys.time(entry.value), Math::max);
      }
    }
    return found;
  }

  /** Stores {@code story}, indexes it under {@code keys} and maps its latest articles to it. */
  void put(Story story, Collection<String> keys) {
    KeyValueStore<String, byte[]> writable = writable();
    String id = story.getId();
    writable.put(StoryStoreKeys.story(id), serde.toBytes(story));
    byte[] time = StoryStoreKeys.time(story.getLastArticleAt().toEpochMilli());
    for (String key : keys) {
      writable.put(StoryStoreKeys.index(key, id), time);
    }
    byte[] idBytes = id.getBytes(UTF_8);
    for (String articleId : story.getLatestArticleIds()) {
      writable.put(StoryStoreKeys.article(articleId), idBytes);
    }
  }

  void putArticle(String articleId, String storyId) {
    writable().put(StoryStoreKeys.article(articleId), storyId.getBytes(UTF_8));
  }

  void delete(String storyId) {
    writable().delete(StoryStoreKeys.story(storyId));
  }

  /**
   * Deletes stories whose last article is before {@code cutoff}, and index and article entries that point to
   * no story or are older than the cutoff. A full pass over the store: callers run it now and then, not per record.
   *
   * @return the number of entries deleted
   */
  int sweep(long cutoff) {
    KeyValueStore<String, byte[]> writable = writable();
    List<String> stale = new ArrayList<>();
    Map<String, Boolean> live = new LinkedHashMap<>();
    try (KeyValueIterator<String, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> entry = it.next();
        if (isStale(entry, cutoff, live)) {
          stale.add(entry.key);
        }
      }
    }
    stale.forEach(writable::delete);
    return stale.size();
  }

  private boolean isStale(KeyValue<String, byte[]> entry, long cutoff, Map<String, Boolean> live) {
    String key = entry.key;
    if (key.startsWith(StoryStoreKeys.STORY)) {
      Story story = serde.fromBytes(entry.value);
      return story == null || story.getLastArticleAt().toEpochMilli() < cutoff;
    }
    if (key.startsWith(StoryStoreKeys.INDEX)) {
      return StoryStoreKeys.time(entry.value) < cutoff
          || !live.computeIfAbsent(StoryStoreKeys.storyOfIndexEntry(key), id -> isLive(id, cutoff));
    }
    if (key.startsWith(StoryStoreKeys.ARTICLE)) {
      return !live.computeIfAbsent(new String(entry.value, UTF_8), id -> isLive(id, cutoff));
    }
    return false;
  }

  private boolean isLive(String storyId, long cutoff) {
    Story story = story(storyId);
    return story != null && story.getLastArticleAt().toEpochMilli() >= cutoff;
  }

  private KeyValueStore<String, byte[]> writable() {
    if (!(store instanceof KeyValueStore<String, byte[]> writable)) {
      throw new IllegalStateException("story store is read-only here");
    }
    return writable;
  }
}
