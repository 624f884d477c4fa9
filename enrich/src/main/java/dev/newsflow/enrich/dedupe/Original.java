package dev.newsflow.enrich.dedupe;

import java.util.Objects;

/**
 * The first-seen article of a group of near-duplicates: its id and when it was first seen (record time, ms).
 * Immutable.
 */
public record Original(String id, long firstSeenAt) {

  public Original {
    Objects.requireNonNull(id, "id");
  }

  /** The earlier of the two (ties broken by id so every partition decides alike); {@code other} may be null. */
  public Original earlier(Original other) {
    if (other == null) {
      return this;
    }
    if (firstSeenAt != other.firstSeenAt) {
      return firstSeenAt < other.firstSeenAt ? this : other;
    }
    return id.compareTo(other.id) <= 0 ? this : other;
  }
}
