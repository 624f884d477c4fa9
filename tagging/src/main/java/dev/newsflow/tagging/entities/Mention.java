package dev.newsflow.tagging.entities;

import java.util.Objects;

/**
 * One entity mention found in a text: character offsets (end exclusive), type, the covered text, which finder
 * found it ({@code model}, {@code rule}, {@code gazetteer}, ...) and its confidence in 0..1.
 */
public record Mention(int start, int end, EntityType type, String text, String source, double confidence) {

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
    }
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
