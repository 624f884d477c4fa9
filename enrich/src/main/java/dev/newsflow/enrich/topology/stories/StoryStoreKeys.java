package dev.newsflow.enrich.topology.stories;

import java.nio.ByteBuffer;

/**
 * How the story stores lay out their entries in one key-value store, so a prefix scan finds a key's stories:
 * <ul>
 *   <li>{@code s|storyId} → the story (registry wire format),</li>
 *   <li>{@code k|key|storyId} → the story's last article time when it was indexed under that key,</li>
 *   <li>{@code a|articleId} → the id of the story the article joined.</li>
 * </ul>
 * The separator is a NUL character, which no id or key contains. Stateless.
 */
final class StoryStoreKeys {

  static final char SEP = '\u0000';
  static final String STORY = "s" + SEP;
  static final String INDEX = "k" + SEP;
  static final String ARTICLE = "a" + SEP;

  private StoryStoreKeys() {}

  static String story(String storyId) {
    return STORY + storyId;
  }

  static String indexPrefix(String key) {
    return INDEX + clean(key) + SEP;
  }

  static String index(String key, String storyId) {
    return indexPrefix(key) + storyId;
  }

  /** The story id of an index entry's store key. */
  static String storyOfIndexEntry(String storeKey) {
    return storeKey.substring(storeKey.lastIndexOf(SEP) + 1);
  }

  static String article(String articleId) {
    return ARTICLE + articleId;
  }

  static byte[] time(long millis) {
    return ByteBuffer.allocate(Long.BYTES).putLong(millis).array();
  }

  static long time(byte[] bytes) {
    return bytes == null || bytes.length != Long.BYTES ? 0L : ByteBuffer.wrap(bytes).getLong();
  }

  private static String clean(String key) {
    return key.indexOf(SEP) < 0 ? key : key.replace(SEP, ' ');
  }
}
