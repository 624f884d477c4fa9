package dev.newsflow.enrich.dedupe;

import java.util.Objects;

/** What an article's content hash says about it, compared with the last one seen under the same id. */
public enum ContentRevision {
  /** The id was not seen within the retention. */
  NEW,
  /** Same id, changed content: passed on as an update. */
  UPDATE,
  /** Same id, same content: dropped. */
  REPEAT;

  /** Classifies {@code hash} against {@code previousHash} (null when the id was not seen within the retention). */
  public static ContentRevision of(String previousHash, String hash) {
    Objects.requireNonNull(hash, "hash");
    if (previousHash == null) {
      return NEW;
    }
    return previousHash.equals(hash) ? REPEAT : UPDATE;
  }
}
