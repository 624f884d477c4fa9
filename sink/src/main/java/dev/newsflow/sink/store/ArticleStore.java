package dev.newsflow.sink.store;

import dev.newsflow.schema.EnrichedArticle;
import java.util.List;

/**
 * A downstream store of enriched articles. {@link #write} must be durable when it returns (the sink commits
 * Kafka offsets right after) and idempotent per article id (a batch may be delivered again after a crash).
 *
 * <p>Implementations are used by one sink thread at a time.
 */
public interface ArticleStore extends AutoCloseable {

  /** Writes a batch durably, or throws; a failed batch is retried whole. */
  void write(List<EnrichedArticle> batch) throws Exception;

  /** A short name for logs and metrics ("jsonl", "postgres", ...). */
  String name();

  @Override
  void close() throws Exception;
}
