package dev.newsflow.enrich.dedupe;

/**
 * Decides, from the entries that share a band with an article, which original it is a near-duplicate of: the
 * earliest-seen original among entries of other articles within the maximum Hamming distance. Entries of the
 * article itself (an earlier version of the same id) and entries whose original is the article are ignored, so an
 * update never becomes a copy of itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class NearDuplicateMatcher {

  private final int maxDistance;

  public NearDuplicateMatcher(int maxDistance) {
    if (maxDistance < 0 || maxDistance > 63) {
      throw new IllegalArgumentException("max distance must be 0..63: " + maxDistance);
    }
    this.maxDistance = maxDistance;
  }

  /**
   * The earliest original among {@code current} (what earlier bands found; may be null) and the matching
   * {@code candidates}; null if there is none.
   */
  public Original match(String id, long simHash, Iterable<IndexEntry> candidates, Original current) {
    Original best = current;
    for (IndexEntry entry : candidates) {
      if (matches(id, simHash, entry)) {
        best = entry.original().earlier(best);
      }
    }
    return best;
  }

  boolean matches(String id, long simHash, IndexEntry entry) {
    return !entry.id().equals(id)
        && !entry.original().id().equals(id)
        && Fingerprints.distance(simHash, entry.simHash()) <= maxDistance;
  }
}
