package dev.newsflow.ingest.bulk;

import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * One bulk load through the shared {@link ArticlePublisher}: sends are asynchronous and counted when the broker
 * acknowledges them, so memory stays constant however many articles pass (no list of pending sends; at most
 * {@code maxInFlight} unacknowledged). Every input ends up published, failed or skipped, and the {@link Listener}
 * hears about each as it happens.
 *
 * <p>{@link #publish}, {@link #failed} and {@link #skipped} are called from one reading thread; the listener is
 * called from that thread and from the producer's I/O thread, so it must be thread-safe.
 */
public final class BulkLoad {

  /** Default bound on unacknowledged sends: enough to keep batches full, small enough to bound memory. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 2_000;

  /** Hears about every input. Called concurrently: implementations must be thread-safe. */
  public interface Listener {
    default void published(String input, String id) {}

    default void failed(String input, String reason) {}

    default void skipped(String input, String reason) {}
  }

  private final ArticlePublisher publisher;
  private final Listener listener;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final LongAdder submitted = new LongAdder();
  private final LongAdder published = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();

  public BulkLoad(ArticlePublisher publisher, Listener listener, int maxInFlight) {
    if (maxInFlight <= 0) {
      throw new IllegalArgumentException("maxInFlight must be positive: " + maxInFlight);
    }
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  public BulkLoad(ArticlePublisher publisher, Listener listener) {
    this(publisher, listener, DEFAULT_MAX_IN_FLIGHT);
  }

  /**
   * Sends one article; blocks while {@code maxInFlight} sends are unacknowledged.
   *
   * @param input where it came from, for messages (e.g. {@code corpus.jsonl:12})
   */
  public void publish(String input, RawArticle article) {
    inFlight.acquireUninterruptibly();
    submitted.increment();
    publisher.publish(article).whenComplete((metadata, error) -> {
      try {
        if (error == null) {
          published.increment();
          listener.published(input, article.getId());
        } else {
          failed.increment();
          listener.failed(input, "not published: " + error);
        }
      } finally {
        inFlight.release();
      }
    });
  }

  /** An input that could not be turned into an article (bad line, unreadable file, too large). */
  public void failed(String input, String reason) {
    failed.increment();
    listener.failed(input, reason);
  }

  /** An input left out on purpose, counted under its reason. */
  public void skipped(String input, String reason) {
    skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    listener.skipped(input, reason);
  }

  /** Articles handed to the publisher so far (acknowledged or not). */
  public long submitted() {
    return submitted.sum();
  }

  /** Flushes the producer and waits until every send is acknowledged or failed. */
  public LoadSummary finish() {
    publisher.flush();
    inFlight.acquireUninterruptibly(maxInFlight);
    inFlight.release(maxInFlight);
    return summary();
  }

  /** The counts so far. */
  public LoadSummary summary() {
    Map<String, Long> counts = new ConcurrentHashMap<>();
    skipped.forEach((reason, n) -> counts.put(reason, n.sum()));
    return new LoadSummary(published.sum(), failed.sum(), counts);
  }
}
