package dev.newsflow.ingest.service;

/**
 * A long-running source of articles inside {@code newsflow ingest serve} (the push endpoint, a watched directory,
 * feed pollers, ...). The service starts each source once, asks for its status for the status endpoint and logs,
 * and stops them in reverse order before flushing the shared publisher.
 *
 * <p>Implementations must be thread-safe: {@link #status()} is called from other threads while the source runs.
 */
public interface IngestSource {

  /** A short name, unique within a service: {@code push}, {@code watch:/data/drop}, {@code feeds}. */
  String name();

  /** Starts work in the source's own threads and returns; throws if the source cannot start (port in use, ...). */
  void start() throws Exception;

  /**
   * Stops taking new work, finishes what is in hand (sends handed to the publisher may still be in flight; the
   * service flushes it afterwards) and returns. Idempotent.
   */
  void stop();

  /** What the source is doing, for the status endpoint. */
  SourceStatus status();
}
