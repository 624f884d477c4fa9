package dev.newsflow.schemas.registry;

/** Which versions a listing includes, after Confluent's {@code deleted} and {@code deletedOnly} parameters. */
public enum VersionFilter {
  LIVE,
  WITH_DELETED,
  DELETED_ONLY;

  /** The filter for the two query flags; {@code deletedOnly} wins, as in Confluent. */
  public static VersionFilter of(boolean deleted, boolean deletedOnly) {
    if (deletedOnly) {
      return DELETED_ONLY;
    }
    return deleted ? WITH_DELETED : LIVE;
  }

  /** Whether a version with this soft-delete state is included. */
  public boolean accepts(boolean softDeleted) {
    return switch (this) {
      case LIVE -> !softDeleted;
      case WITH_DELETED -> true;
      case DELETED_ONLY -> softDeleted;
    };
  }
}
