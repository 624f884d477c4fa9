package dev.newsflow.enrich.topology;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * Custom Streams sensors of the dedupe stage: each operation gets {@code <operation>-total} and
 * {@code <operation>-rate} metrics in group {@code stream-newsflow-dedupe-metrics}, tagged with the thread and the
 * processor ({@code newsflow-dedupe-id}). Counts are not transactional: a task retried under exactly-once may count
 * a record twice, while the outputs stay exact.
 *
 * <p>Sensors are thread-local to the stream thread that registers them, as Streams requires.
 */
final class DedupeMetrics {

  static final String SCOPE = "newsflow-dedupe";
  static final String EXACT_DUPLICATES_DROPPED = "exact-duplicates-dropped";
  static final String UPDATES = "updates";
  static final String NEAR_DUPLICATES_MARKED = "near-duplicates-marked";

  private DedupeMetrics() {}

  /** Registers (or finds, when another task of this thread already did) the sensor of {@code operation}. */
  static Sensor sensor(StreamsMetrics metrics, String processor, String operation) {
    return metrics.addRateTotalSensor(SCOPE, processor, operation, Sensor.RecordingLevel.INFO);
  }
}
