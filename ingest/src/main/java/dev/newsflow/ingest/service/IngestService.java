package dev.newsflow.ingest.service;

import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ops.http.ReadinessCheck;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs several {@link IngestSource}s on one shared publisher ({@code newsflow ingest serve}). Shutdown is ordered so
 * nothing accepted is lost: every source stops taking work (in reverse start order), then the producer is flushed
 * and closed, which waits for the broker to acknowledge what is still in flight.
 *
 * <p>The service owns the publisher it is given: {@link #stop()} closes it.
 *
 * <p>Metrics ({@link #bindMetrics}): {@code newsflow_ingest_events_total{source, event}}, one counter per count that
 * a source reports. Readiness ({@link #readiness()}): every source is RUNNING.
 *
 * <p>Thread-safe: {@link #stop()} may come from a shutdown hook while another thread reads {@link #statuses()}.
 */
public final class IngestService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final ArticlePublisher publisher;
  private final List<IngestSource> sources;
  private final List<IngestSource> started = new ArrayList<>();
  private boolean stopped;

  public IngestService(ArticlePublisher publisher, List<? extends IngestSource> sources) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.sources = List.copyOf(sources);
    long distinct = this.sources.stream().map(IngestSource::name).distinct().count();
    if (distinct != this.sources.size()) {
      throw new IllegalArgumentException("source names must be unique");
    }
  }

  /** Starts every source; if one fails, the ones already started are stopped and the error is thrown. */
  public synchronized void start() throws Exception {
    for (IngestSource source : sources) {
      try {
        source.start();
        started.add(source);
        LOG.info("started {}: {}", source.name(), source.status().detail());
      } catch (Exception e) {
        LOG.error("cannot start {}: {}", source.name(), e.toString());
        stop();
        throw e;
      }
    }
  }

  /** The status of every source, in start order. */
  public List<SourceStatus> statuses() {
    return sources.stream().map(IngestSource::status).toList();
  }

  /** Ready while every source is RUNNING; the details name each source's state. */
  public ReadinessCheck readiness() {
    return IngestServiceMetrics.readiness(this);
  }

  /** Registers one counter per source and count in {@code registry}; call it once the service has started. */
  public void bindMetrics(MeterRegistry registry) {
    IngestServiceMetrics.bind(registry, this);
  }

  /** Stops the sources (reverse order), then flushes and closes the publisher. Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    for (int i = started.size() - 1; i >= 0; i--) {
      IngestSource source = started.get(i);
      try {
        source.stop();
        LOG.info("stopped {}: {}", source.name(), source.status().counts());
      } catch (RuntimeException e) {
        LOG.warn("stopping {} failed: {}", source.name(), e.toString());
      }
    }
    publisher.flush();
    publisher.close();
  }

  @Override
  public void close() {
    stop();
  }
}
