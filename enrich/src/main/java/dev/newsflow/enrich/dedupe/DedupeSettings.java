package dev.newsflow.enrich.dedupe;

import java.time.Duration;

/**
 * Dedupe settings, validated.
 *
 * @param retention how long an id's content hash and an article's SimHash are remembered (since last seen for
 *     exact repeats, since indexed for near-duplicates); 1 minute to 365 days, default 7 days
 * @param maxDistance largest SimHash Hamming distance still called a near-duplicate; 0..{@value #MAX_DISTANCE}, default
 *     3. It also fixes the band layout ({@code maxDistance + 1} bands, so one repartition topic per band)
 * @param minWords articles with fewer words are never near-duplicate matched (short texts collide too often);
 *     at least 1, default 50
 */
public record DedupeSettings(Duration retention, int maxDistance, int minWords) {

  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  public static final int DEFAULT_MAX_DISTANCE = 3;
  public static final int DEFAULT_MIN_WORDS = 50;
  /** 8 bands of 8 bits at most: narrower bands would match nearly everything and scan large candidate lists. */
  public static final int MAX_DISTANCE = SimHashBands.MAX_BANDS - 1;

  private static final Duration MIN_RETENTION = Duration.ofMinutes(1);
  private static final Duration MAX_RETENTION = Duration.ofDays(365);

  public DedupeSettings {
    if (retention == null || retention.compareTo(MIN_RETENTION) < 0 || retention.compareTo(MAX_RETENTION) > 0) {
      throw new IllegalArgumentException("dedupe retention must be between 1 minute and 365 days: " + retention);
    }
    if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
      throw new IllegalArgumentException("dedupe max Hamming distance must be 0.." + MAX_DISTANCE + ": "
          + maxDistance);
    }
    if (minWords < 1) {
      throw new IllegalArgumentException("dedupe min words must be at least 1: " + minWords);
    }
  }

  public static DedupeSettings defaults() {
    return new DedupeSettings(DEFAULT_RETENTION, DEFAULT_MAX_DISTANCE, DEFAULT_MIN_WORDS);
  }

  public SimHashBands bands() {
    return SimHashBands.forMaxDistance(maxDistance);
  }

  /** Whether an article of {@code wordCount} words takes part in near-duplicate matching. */
  public boolean nearDuplicateCandidate(int wordCount) {
    return wordCount >= minWords;
  }
}
