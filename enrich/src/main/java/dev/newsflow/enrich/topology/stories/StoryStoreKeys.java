package dev.newsflow.enrich.topology.stories;

/**
 * How the story stores lay out their entries in one key-value store, so that a prefix scan finds a key's stories
 * most recently active first:
 * <ul>
 *   <li>{@code s|storyId} → the story (registry wire format),</li>
 *   <li>{@code k|key|recency|storyId} → nothing, where recency is the story's last article time inverted and in
 *       fixed-width hex, so that the store's byte order is newest first,</li>
 *   <li>{@code a|articleId} → the id of the story the article joined.</li>
 * </ul>
 * The separator is a NUL character, which no id or key contains. Stateless.
 */
final class StoryStoreKeys {

  static final char SEP = '\u0000';
  static final String STORY = "s" + SEP;
  static final String INDEX = "k" + SEP;
  static final String ARTICLE = "a" + SEP;
  private static final int RECENCY_DIGITS = 16;

  private StoryStoreKeys() {}

  static String story(String storyId) {
    return STORY + storyId;
  }

  static String indexPrefix(String key) {
    return INDEX + clean(key) + SEP;
  }

  static String index(String key, long lastArticleAt, String storyId) {
    String recency = Long.toHexString(Long.MAX_VALUE - Math.max(0L, lastArticleAt));
    return indexPrefix(key) + "0".repeat(RECENCY_DIGITS - recency.length()) + recency + SEP + storyId;
  }

  /** The story id of an index entry's store key. */
  static String storyOfIndexEntry(String storeKey) {
    return storeKey.substring(storeKey.lastIndexOf(SEP) + 1);
  }

  /** The last article time an index entry's store key carries. */
  static long timeOfIndexEntry(String storeKey) {
    int end = storeKey.lastIndexOf(SEP);
    return Long.MAX_VALUE - Long.parseLong(storeKey.substring(end - RECENCY_DIGITS, end), 16);
  }

  static String article(String articleId) {
    return ARTICLE + articleId;
  }

  private static String clean(String key) {
    return key.indexOf(SEP) < 0 ? key : key.replace(SEP, ' ');
  }
}
