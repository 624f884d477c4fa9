package dev.newsflow.ingest.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids (the Kafka key): the first 32 hex characters of SHA-256 over, in order of preference, the
 * canonical URL, the source id plus feed GUID, or the content. Re-ingesting the same article therefore yields
 * the same id, which makes the whole pipeline idempotent. Stateless and thread-safe.
 */
public final class ArticleIds {

  private static final int LENGTH = 32;

  private ArticleIds() {}

  /** Id of an article known by its URL; equivalent URLs (tracking parameters, case of host, ...) give one id. */
  public static String forUrl(String url) {
    return hash("url:" + UrlCanonicalizer.canonicalize(url));
  }

  /** Id of a feed item without a usable link, from its feed and GUID. */
  public static String forGuid(String sourceId, String guid) {
    requireText(sourceId, "sourceId");
    requireText(guid, "guid");
    return hash("guid:" + sourceId + "\n" + guid);
  }

  /** Id of an article that has neither URL nor GUID: its content decides. */
  public static String forContent(String content) {
    if (content == null) {
      throw new IllegalArgumentException("content must not be null");
    }
    return hash("content:" + content);
  }

  /** Hex SHA-256 of a string, full length; also used for content fingerprints. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String hash(String input) {
    return sha256Hex(input).substring(0, LENGTH);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
