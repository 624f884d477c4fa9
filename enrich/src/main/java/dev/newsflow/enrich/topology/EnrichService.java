package dev.newsflow.enrich.topology;

import dev.newsflow.schemas.kafka.TopicCreator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology: creates missing topics, starts Kafka Streams and waits until it is RUNNING.
 * A stream thread that dies of an unexpected error is replaced rather than taking the app down.
 *
 * <p>Thread-safe for start/close from different threads.
 */
public final class EnrichService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  private final EnrichConfig config;
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);

  public EnrichService(EnrichConfig config) {
    this.config = config;
    this.streams = new KafkaStreams(EnrichTopology.build(config), config.streamsProperties());
    streams.setStateListener((now, before) -> {
      LOG.info("enrich streams state {} -> {}", before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    streams.setUncaughtExceptionHandler(error -> {
      LOG.error("stream thread failed; replacing it", error);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
  }

  /** Creates the topics if missing, starts the topology and waits up to {@code timeout} for RUNNING. */
  public void start(Duration timeout) {
    TopicCreator.ensure(config.kafka(),
        List.of(config.topics().raw(), config.topics().enriched(), config.topics().dlq()),
        config.partitions(), (short) -1);
    Instant started = Instant.now();
    streams.start();
    try {
      if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("enrich topology not RUNNING after " + timeout + " (state "
            + streams.state() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the enrich topology", e);
    }
    LOG.info("enrich topology running in {} ms", Duration.between(started, Instant.now()).toMillis());
  }

  public KafkaStreams streams() {
    return streams;
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
