package dev.newsflow.enrich.stories;

import java.time.Duration;
import java.util.Objects;

/**
 * How stories are matched. Validated on construction; {@link #defaults()} are the tested settings.
 *
 * <p>A candidate story's score is {@code (textSimilarity + entityWeight * entityOverlap) * timeDecay}, where
 * textSimilarity is the cosine of the article's title and lead (TF-IDF) with the story's term profile, entityOverlap
 * (0..1) how much of the article's salient entities the story's articles also name, and timeDecay halves every
 * {@code decayHalfLife} of distance between the article and the story's time span. An article joins the best story
 * whose score reaches {@code threshold} and whose text similarity alone reaches {@code minTextSimilarity}: shared
 * entities can only help text that already matches.
 *
 * @param threshold the score an article needs to join a story
 * @param horizon stories idle longer than this are no longer candidates
 * @param candidateLimit candidate stories read per key (the most recently active ones)
 * @param minTextSimilarity the text similarity an article needs with a story, whatever the entities
 * @param entityWeight how much a full entity overlap adds to the score
 * @param decayHalfLife time distance at which the score is halved
 * @param mergeThreshold the score an article needs with a second story to merge the two (at least threshold)
 * @param entityTermWeight how much the words of entity names count in the text similarity (0..1): the entities are
 *     scored on their own, so their names count less as text
 */
public record StorySettings(double threshold, Duration horizon, int candidateLimit, double minTextSimilarity,
    double entityWeight, Duration decayHalfLife, double mergeThreshold, double entityTermWeight) {

  public StorySettings {
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(decayHalfLife, "decayHalfLife");
    requireBetween("threshold", threshold, 0.0, 2.0);
    requireBetween("minTextSimilarity", minTextSimilarity, 0.0, 1.0);
    requireBetween("entityWeight", entityWeight, 0.0, 1.0);
    requireBetween("mergeThreshold", mergeThreshold, threshold, 2.0);
    requireBetween("entityTermWeight", entityTermWeight, 0.0, 1.0);
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("horizon must be positive, not " + horizon);
    }
    if (decayHalfLife.isNegative() || decayHalfLife.isZero()) {
      throw new IllegalArgumentException("decayHalfLife must be positive, not " + decayHalfLife);
    }
    if (candidateLimit < 1 || candidateLimit > 1000) {
      throw new IllegalArgumentException("candidateLimit must be between 1 and 1000, not " + candidateLimit);
    }
  }

  public static StorySettings defaults() {
    return new StorySettings(0.30, Duration.ofDays(30), 10, 0.18, 0.5, Duration.ofDays(21), 0.40, 0.5);
  }

  public StorySettings withThreshold(double value) {
    return new StorySettings(value, horizon, candidateLimit, minTextSimilarity, entityWeight, decayHalfLife,
        Math.max(value, mergeThreshold), entityTermWeight);
  }

  public StorySettings withHorizon(Duration value) {
    return new StorySettings(threshold, value, candidateLimit, minTextSimilarity, entityWeight, decayHalfLife,
        mergeThreshold, entityTermWeight);
  }

  private static void requireBetween(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
    }
  }
}
