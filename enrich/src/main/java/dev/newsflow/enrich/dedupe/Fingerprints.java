package dev.newsflow.enrich.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content fingerprints of clean text: an exact hash (same text, same hash) and a 64-bit SimHash (similar text,
 * hashes a few bits apart), the latter over word 3-shingles so that small edits move few bits.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fingerprints {

  private static final int SHINGLE = 3;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprints() {}

  /** Both fingerprints of one text; the text is split into words once for the two. */
  public record Fingerprint(String contentHash, long simHash) {}

  public static Fingerprint of(String text) {
    String[] words = words(text);
    return new Fingerprint(contentHash(words), simHash(words));
  }

  /** SHA-256 (hex) of the text with whitespace and case normalised, so layout changes are not content changes. */
  public static String contentHash(String text) {
    return contentHash(words(text));
  }

  /** 64-bit SimHash (Charikar) of the text's word shingles; 0 for empty text. */
  public static long simHash(String text) {
    return simHash(words(text));
  }

  private static String contentHash(String[] words) {
    String canonical = String.join(" ", words);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static long simHash(String[] words) {
    if (words.length == 0) {
      return 0L;
    }
    int[] votes = new int[64];
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
        h = fnv(h, words[j]);
        h = fnv(h, " ");
      }
      h = mix(h);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long hash = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        hash |= 1L << bit;
      }
    }
    return hash;
  }

  /** Number of differing bits between two SimHashes; near-duplicates differ in a few bits. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static String[] words(String text) {
    String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** A finaliser so that every output bit depends on every input bit (FNV alone is weak in the high bits). */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
