package dev.newsflow.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Pipeline-wide meters that are not one stage's:
 *
 * <ul>
 *   <li>{@code newsflow_end_to_end_latency_seconds{point=enriched|stored}}: from the article's {@code fetchedAt} to
 *       its enrichment (leaving the topology) and to its write by the sink, as a Prometheus histogram;
 *   <li>{@code newsflow_dlq_records_total{stage}}: records sent to the dead-letter topic, by the stage that failed;
 *   <li>{@code newsflow_deletes_total{stage=enrich|sink}}: article deletes (tombstones) forwarded by the topology
 *       and applied by the sink.
 * </ul>
 *
 * <p>Stateless apart from the registry; thread-safe.
 */
public final class PipelineMetrics {

  public static final String END_TO_END = "newsflow.end.to.end.latency";
  public static final String DLQ = "newsflow.dlq.records";
  public static final String DELETES = "newsflow.deletes";
  public static final String POINT_ENRICHED = "enriched";
  public static final String POINT_STORED = "stored";

  private PipelineMetrics() {}

  /** Records the time from {@code fetchedAt} to now at {@code point}; a fetch time in the future counts as 0. */
  public static void endToEnd(MeterRegistry registry, String point, Instant fetchedAt, Clock clock) {
    if (fetchedAt == null) {
      return;
    }
    Duration latency = Duration.between(fetchedAt, clock.instant());
    endToEndTimer(registry, point).record(latency.isNegative() ? Duration.ZERO : latency);
  }

  public static Timer endToEndTimer(MeterRegistry registry, String point) {
    return Timer.builder(END_TO_END)
        .description("Time from an article's fetch to a point of the pipeline (enriched, stored)")
        .tag("point", point).publishPercentileHistogram().publishPercentiles(0.5, 0.95, 0.99)
        .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofHours(1))
        .register(registry);
  }

  /** One dead letter sent by {@code stage}. */
  public static void deadLetter(MeterRegistry registry, String stage) {
    dlqCounter(registry, stage).increment();
  }

  public static Counter dlqCounter(MeterRegistry registry, String stage) {
    return Counter.builder(DLQ).description("Records sent to the dead-letter topic, by failing stage")
        .tag("stage", stage == null ? "unknown" : stage).register(registry);
  }

  /** Deletes (tombstones) handled by {@code stage}. */
  public static Counter deletes(MeterRegistry registry, String stage) {
    return Counter.builder(DELETES).description("Article deletes (tombstones) forwarded or applied, by stage")
        .tag("stage", stage).register(registry);
  }
}
