package dev.newsflow.ingest.service;

import dev.newsflow.ops.http.ReadinessCheck;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ingest service's own metrics and readiness, read from its sources' status counts:
 * {@code newsflow_ingest_events_total{source, event}} (requests, articles accepted, refused, ... as each source
 * names them). Ready while every source is RUNNING. Thread-safe.
 */
final class IngestServiceMetrics {

  private IngestServiceMetrics() {}

  /** Registers one counter per source and count that the started service reports. */
  static void bind(MeterRegistry registry, IngestService service) {
    for (SourceStatus status : service.statuses()) {
      for (String event : status.counts().keySet()) {
        FunctionCounter.builder("newsflow.ingest.events", service, s -> count(s, status.name(), event))
            .description("Ingest events by source (requests, articles accepted or refused, files, ...)")
            .tag("source", status.name()).tag("event", event).register(registry);
      }
    }
  }

  static ReadinessCheck readiness(IngestService service) {
    return () -> {
      boolean ready = true;
      Map<String, Object> details = new LinkedHashMap<>();
      for (SourceStatus status : service.statuses()) {
        ready &= status.state() == SourceStatus.State.RUNNING;
        details.put(status.name(), status.state().name());
      }
      return ReadinessCheck.Result.of(ready && !details.isEmpty(), details);
    };
  }

  private static double count(IngestService service, String source, String event) {
    for (SourceStatus status : service.statuses()) {
      if (status.name().equals(source)) {
        return status.counts().getOrDefault(event, 0L);
      }
    }
    return 0;
  }
}
