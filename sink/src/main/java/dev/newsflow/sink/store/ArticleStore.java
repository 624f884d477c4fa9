package dev.newsflow.sink.store;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import java.util.Collection;
import java.util.List;

/**
 * A downstream store of enriched articles and of the stories they form. {@link #write} must be durable when it
 * returns (the sink commits Kafka offsets right after) and idempotent per article id (a batch may be delivered again
 * after a crash); so must {@link #delete}, which applies the tombstones of the enriched topic, and the story
 * methods.
 *
 * <p>Implementations are used by one sink thread at a time.
 */
public interface ArticleStore extends AutoCloseable {

  /** Writes a batch durably, or throws; a failed batch is retried whole. */
  void write(List<EnrichedArticle> batch) throws Exception;

  /**
   * Deletes the articles with these ids and all their rows (entities, topics) durably, or throws; ids not stored
   * are no error. The sink calls it for a batch's tombstones before writing the batch's later versions.
   */
  void delete(Collection<String> ids) throws Exception;

  /**
   * Writes the latest states of stories durably, or throws; idempotent per story id, and an older state (by
   * {@code updatedAt}) never replaces a newer one. A story with {@code mergedInto} set also moves the stored
   * articles of that story to the survivor. The sink calls it before the same batch's articles are written.
   * Stores that keep no stories ignore them (the default).
   */
  default void writeStories(List<Story> stories) throws Exception {}

  /** Deletes stories (tombstones of the stories topic) durably, or throws; unknown ids are no error. */
  default void deleteStories(Collection<String> ids) throws Exception {}

  /**
   * Whether a failed write failed because of the data in the batch (a constraint, a value the store cannot hold)
   * rather than the store being unavailable. The sink retries transient failures without bound, but isolates and
   * dead-letters the records behind permanent ones. By default every failure counts as transient.
   */
  default boolean isPermanent(Exception failure) {
    return false;
  }

  /** A short name for logs and metrics ("jsonl", "postgres", ...). */
  String name();

  @Override
  void close() throws Exception;
}
