package dev.newsflow.cli.run;

import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the demo flowing: publishes the bundled samples again and again, in turn, each time under a fresh id (so
 * dedupe passes them on as new articles, marked as copies of the first) at a steady rate, so the dashboard's
 * throughput, latency, lag, trends and stories move. Thread-safe; closing stops it.
 */
final class SampleReplay implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SampleReplay.class);

  /** The demo's default: one article every two seconds, gentle on a laptop yet visible on every chart. */
  static final double DEFAULT_RATE = 0.5;
  /** The most a user may ask for: the demo shows the pipeline, the bench measures it. */
  static final double MAX_RATE = 1_000;

  private final List<RawArticle> samples;
  private final ArticlePublisher publisher;
  private final Clock clock;
  private final String run = UUID.randomUUID().toString();
  private final AtomicLong published = new AtomicLong();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "newsflow-demo-replay");
    thread.setDaemon(true);
    return thread;
  });

  SampleReplay(List<RawArticle> samples, ArticlePublisher publisher, Clock clock) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples to replay");
    }
    this.samples = List.copyOf(samples);
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Starts publishing {@code perSecond} articles a second. */
  SampleReplay start(double perSecond) {
    if (!(perSecond > 0 && perSecond <= MAX_RATE)) {
      throw new IllegalArgumentException("--rate must be above 0 and at most " + (int) MAX_RATE + ": " + perSecond);
    }
    long periodMicros = Math.max(1, Math.round(1_000_000 / perSecond));
    timer.scheduleAtFixedRate(this::publishNext, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
    return this;
  }

  /** The next sample under a fresh id, fetched now. */
  RawArticle next() {
    long n = published.getAndIncrement();
    RawArticle sample = samples.get((int) (n % samples.size()));
    return RawArticle.newBuilder(sample)
        .setId(ArticleIds.forGuid(BundledSamples.SOURCE_ID, run + "/" + n))
        .setFetchedAt(clock.instant())
        .build();
  }

  /** Articles handed to the publisher so far. */
  long published() {
    return published.get();
  }

  private void publishNext() {
    try {
      publisher.publish(next()).exceptionally(error -> {
        LOG.warn("demo replay: an article was not published: {}", error.toString());
        return null;
      });
    } catch (RuntimeException e) { // keep the schedule: a failed send must not stop the replay for good
      LOG.warn("demo replay: an article was not published: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
