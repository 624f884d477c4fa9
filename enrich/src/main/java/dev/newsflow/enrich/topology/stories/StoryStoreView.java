package dev.newsflow.enrich.topology.stories;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsflow.schema.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads and writes stories in one key-value store laid out by {@link StoryStoreKeys}: the story records, the
 * candidate index (key → stories, newest first) and the article → story map. Used for the global store of all live
 * stories and for each task's overlay of the stories it changed itself. Not thread-safe (one per processor).
 */
final class StoryStoreView {

  private static final StringSerializer PREFIX = new StringSerializer();
  private static final byte[] NOTHING = new byte[0];
  private static final int DECODED_STORIES = 20_000;

  private final ReadOnlyKeyValueStore<String, byte[]> store;
  private final StorySubjectSerde serde;
  private final Function<Story, List<String>> keysOf;
  private final Map<String, Decoded> decodedStories = new HashMap<>();

  /** A story as stored and as decoded; the decoded one is shared, so callers must not change it. */
  private record Decoded(byte[] bytes, Story story) {}

  /** @param keysOf the keys a story is indexed under (those of its previous state are removed on update) */
  StoryStoreView(ReadOnlyKeyValueStore<String, byte[]> store, StorySubjectSerde serde,
      Function<Story, List<String>> keysOf) {
    this.store = store;
    this.serde = serde;
    this.keysOf = keysOf;
  }

  Story story(String storyId) {
    byte[] bytes = store.get(StoryStoreKeys.story(storyId));
    if (bytes == null) {
      return null;
    }
    // Decoding a story costs more than comparing its bytes: candidates come back article after article.
    Decoded decoded = decodedStories.get(storyId);
    if (decoded != null && Arrays.equals(decoded.bytes(), bytes)) {
      return decoded.story();
    }
    Story story = serde.fromBytes(bytes);
    if (decodedStories.size() >= DECODED_STORIES) {
      decodedStories.clear();
    }
    decodedStories.put(storyId, new Decoded(bytes, story));
    return story;
  }

  String storyOfArticle(String articleId) {
    byte[] id = store.get(StoryStoreKeys.article(articleId));
    return id == null ? null : new String(id, UTF_8);
  }

  /** Up to {@code max} distinct stories under {@code key} with their last article times, newest first. */
  Map<String, Long> storiesUnder(String key, int max) {
    Map<String, Long> found = new LinkedHashMap<>();
    try (KeyValueIterator<String, byte[]> it = store.prefixScan(StoryStoreKeys.indexPrefix(key), PREFIX)) {
      while (it.hasNext() && found.size() < max) {
        String entry = it.next().key;
        found.putIfAbsent(StoryStoreKeys.storyOfIndexEntry(entry), StoryStoreKeys.timeOfIndexEntry(entry));
      }
    }
    return found;
  }

  /**
   * Stores {@code story}, indexes it under its keys (dropping the index entries of its previous state) and maps its
   * latest articles to it. A merged story is stored but not indexed: it is no longer a candidate.
   */
  void put(Story story) {
    KeyValueStore<String, byte[]> writable = writable();
    String id = story.getId();
    Story previous = story(id);
    if (previous != null) {
      long time = previous.getLastArticleAt().toEpochMilli();
      for (String key : keysOf(previous)) {
        writable.delete(StoryStoreKeys.index(key, time, id));
      }
    }
    writable.put(StoryStoreKeys.story(id), serde.toBytes(story));
    long time = story.getLastArticleAt().toEpochMilli();
    for (String key : keysOf(story)) {
      writable.put(StoryStoreKeys.index(key, time, id), NOTHING);
    }
    // Only the articles new to the story: each write is a changelog record too, and the other 19 are in place.
    List<String> mapped = previous == null ? List.of() : previous.getLatestArticleIds();
    byte[] idBytes = id.getBytes(UTF_8);
    for (String articleId : story.getLatestArticleIds()) {
      if (!mapped.contains(articleId)) {
        writable.put(StoryStoreKeys.article(articleId), idBytes);
      }
    }
  }

  void putArticle(String articleId, String storyId) {
    writable().put(StoryStoreKeys.article(articleId), storyId.getBytes(UTF_8));
  }

  /** Deletes a story (a tombstone on the stories topic); its index entries go with the next sweep. */
  void delete(String storyId) {
    writable().delete(StoryStoreKeys.story(storyId));
  }

  /**
   * Deletes stories last updated before {@code cutoff} (processing time: article times can be anything, a backfill
   * of last year next to today's news), and the index and article entries that point to no live story. A full pass
   * over the store: callers run it now and then, not per record.
   *
   * @return the number of entries deleted
   */
  int sweep(long cutoff) {
    List<String> stale = new ArrayList<>();
    Map<String, Boolean> live = new HashMap<>();
    try (KeyValueIterator<String, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> entry = it.next();
        if (isStale(entry, cutoff, live)) {
          stale.add(entry.key);
        }
      }
    }
    KeyValueStore<String, byte[]> writable = writable();
    stale.forEach(writable::delete);
    return stale.size();
  }

  private List<String> keysOf(Story story) {
    return story.getMergedInto() == null ? keysOf.apply(story) : List.of();
  }

  private boolean isStale(KeyValue<String, byte[]> entry, long cutoff, Map<String, Boolean> live) {
    String key = entry.key;
    if (key.startsWith(StoryStoreKeys.STORY)) {
      Story story = serde.fromBytes(entry.value);
      return story == null || story.getUpdatedAt().toEpochMilli() < cutoff;
    }
    if (key.startsWith(StoryStoreKeys.INDEX)) {
      return !live.computeIfAbsent(StoryStoreKeys.storyOfIndexEntry(key), id -> isLive(id, cutoff));
    }
    if (key.startsWith(StoryStoreKeys.ARTICLE)) {
      return !live.computeIfAbsent(new String(entry.value, UTF_8), id -> isLive(id, cutoff));
    }
    return false;
  }

  private boolean isLive(String storyId, long cutoff) {
    Story story = story(storyId);
    return story != null && story.getUpdatedAt().toEpochMilli() >= cutoff;
  }

  private KeyValueStore<String, byte[]> writable() {
    if (!(store instanceof KeyValueStore<String, byte[]> writable)) {
      throw new IllegalStateException("story store is read-only here");
    }
    return writable;
  }
}
