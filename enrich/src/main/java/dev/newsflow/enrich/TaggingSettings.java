package dev.newsflow.enrich;

import java.nio.file.Path;

/**
 * What the tagging stages load: an optional topic model of the user's ({@code newsflow train topics}) and its
 * weight against the shipped classifier.
 *
 * @param topicModel a model file, or null for the shipped classifier alone
 * @param topicBlend weight of {@code topicModel}, 0..1 (1 = only the user's model)
 */
public record TaggingSettings(Path topicModel, double topicBlend) {

  public static final double DEFAULT_TOPIC_BLEND = 0.5;

  public TaggingSettings {
    if (!(topicBlend >= 0 && topicBlend <= 1)) {
      throw new IllegalArgumentException("topic blend must be within 0..1, was " + topicBlend);
    }
  }

  public static TaggingSettings defaults() {
    return new TaggingSettings(null, DEFAULT_TOPIC_BLEND);
  }
}
