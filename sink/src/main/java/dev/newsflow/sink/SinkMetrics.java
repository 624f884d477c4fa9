package dev.newsflow.sink;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.ops.metrics.StageMetrics;
import dev.newsflow.schema.EnrichedArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The sink's meters, tagged with the store's name:
 *
 * <ul>
 *   <li>{@code newsflow_articles_total{stage="sink", outcome}}: records read (in), articles written (out), records
 *       dead-lettered (failed);
 *   <li>{@code newsflow_sink_batches_total}, {@code newsflow_sink_rows_total}: batches and articles committed;
 *   <li>{@code newsflow_sink_write_failures_total{kind=transient|permanent}}: failed store writes (each try);
 *   <li>{@code newsflow_sink_retries_total}: writes retried after a backoff;
 *   <li>{@code newsflow_deletes_total{stage="sink"}}: articles deleted from the store by tombstones, committed;
 *   <li>{@code newsflow_sink_stories_total{change=written|deleted}}: story states written and stories deleted,
 *       committed;
 *   <li>{@code newsflow_sink_write_duration_seconds}: time per successful batch write;
 *   <li>{@code newsflow_end_to_end_latency_seconds{point="stored"}} and {@code newsflow_dlq_records_total{stage="sink"}}.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class SinkMetrics {

  private final MeterRegistry registry;
  private final StageMetrics stage;
  private final Counter batches;
  private final Counter rows;
  private final Counter transientFailures;
  private final Counter permanentFailures;
  private final Counter retries;
  private final Counter deletes;
  private final Counter storiesWritten;
  private final Counter storiesDeleted;
  private final Timer writes;
  private final Clock clock = Clock.systemUTC();

  SinkMetrics(MeterRegistry registry, String store) {
    this.registry = registry;
    this.stage = StageMetrics.of(registry, SinkService.STAGE);
    this.batches = Counter.builder("newsflow.sink.batches").description("Batches written and committed")
        .tag("store", store).register(registry);
    this.rows = Counter.builder("newsflow.sink.rows").description("Articles written and committed")
        .tag("store", store).register(registry);
    this.transientFailures = failures(store, "transient");
    this.permanentFailures = failures(store, "permanent");
    this.retries = Counter.builder("newsflow.sink.retries").description("Store writes retried after a backoff")
        .tag("store", store).register(registry);
    this.writes = Timer.builder("newsflow.sink.write.duration").description("Time per successful batch write")
        .tag("store", store).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
    this.deletes = PipelineMetrics.deletes(registry, SinkService.STAGE);
    this.storiesWritten = stories(store, "written");
    this.storiesDeleted = stories(store, "deleted");
    PipelineMetrics.endToEndTimer(registry, PipelineMetrics.POINT_STORED);
    PipelineMetrics.dlqCounter(registry, SinkService.STAGE);
  }

  void read(int records) {
    stage.in(records);
  }

  void written(List<EnrichedArticle> articles, Duration took) {
    batches.increment();
    rows.increment(articles.size());
    stage.out(articles.size());
    writes.record(took);
    for (EnrichedArticle article : articles) {
      stage.record(took); // each article of the batch waited for the whole write
      PipelineMetrics.endToEnd(registry, PipelineMetrics.POINT_STORED, article.getFetchedAt(), clock);
    }
  }

  void deleted(int articles) {
    deletes.increment(articles);
  }

  void storiesWritten(int written, int deleted) {
    storiesWritten.increment(written);
    storiesDeleted.increment(deleted);
  }

  void writeFailed(boolean permanent) {
    (permanent ? permanentFailures : transientFailures).increment();
  }

  void retry() {
    retries.increment();
  }

  void deadLettered(Throwable reason) {
    stage.failed(reason);
    PipelineMetrics.deadLetter(registry, SinkService.STAGE);
  }

  private Counter stories(String store, String change) {
    return Counter.builder("newsflow.sink.stories").description("Story states written and stories deleted, committed")
        .tag("store", store).tag("change", change).register(registry);
  }

  private Counter failures(String store, String kind) {
    return Counter.builder("newsflow.sink.write.failures").description("Failed store writes, each try counted")
        .tag("store", store).tag("kind", kind).register(registry);
  }
}
