package dev.newsflow.sink.store;

import dev.newsflow.schema.EnrichedArticle;
import java.util.Collection;
import java.util.List;

/**
 * A downstream store of enriched articles. {@link #write} must be durable when it returns (the sink commits
 * Kafka offsets right after) and idempotent per article id (a batch may be delivered again after a crash); so must
 * {@link #delete}, which applies the tombstones of the enriched topic.
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
