package dev.newsflow.enrich.topology;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.ops.metrics.StageMetrics;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Topic;
import dev.newsflow.schemas.kafka.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.ForeachAction;
import org.apache.kafka.streams.kstream.ValueMapper;

/**
 * The topology's own meters (see {@link StageMetrics} and {@link PipelineMetrics} for the names). Timing a new
 * stage is one line: {@code .mapValues(metrics.timed("entities", tagger::tag), Named.as("entities"))}.
 *
 * <p>The registry reaches the exception handlers through the Streams properties under {@link #REGISTRY_CONFIG}
 * (Streams hands handlers its original properties, objects included). Thread-safe.
 */
public final class EnrichMetrics {

  /** Streams property holding the {@link MeterRegistry} for the exception handlers (an object, not a string). */
  public static final String REGISTRY_CONFIG = "newsflow.metrics.registry";
  public static final String DEDUPE = Stage.DEDUPE.id();

  private final MeterRegistry registry;
  private final Clock clock;

  private EnrichMetrics(MeterRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static EnrichMetrics of(MeterRegistry registry) {
    return new EnrichMetrics(registry, Clock.systemUTC());
  }

  /** Meters that go nowhere (a private in-memory registry), for callers that do not export metrics. */
  public static EnrichMetrics none() {
    return of(new SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public StageMetrics stage(String name) {
    return StageMetrics.of(registry, name);
  }

  /** {@code mapper} counted (in, out, failed by reason) and timed as stage {@code stage}. */
  public <V, R> ValueMapper<V, R> timed(String stage, ValueMapper<V, R> mapper) {
    Function<V, R> timed = stage(stage).timed(mapper::apply);
    return timed::apply;
  }

  /** Counts articles entering the stage that runs across several processors (dedupe). */
  <K> ForeachAction<K, EnrichedArticle> entering(String stage) {
    StageMetrics meters = stage(stage);
    return (key, article) -> meters.in();
  }

  /**
   * Counts articles leaving {@code stage} and records, as the stage's duration, the wall time since the article
   * was enriched (for dedupe: its repartition hops and lookups).
   */
  <K> ForeachAction<K, EnrichedArticle> leaving(String stage) {
    StageMetrics meters = stage(stage);
    return (key, article) -> {
      meters.out();
      Instant enrichedAt = article.getEnrichedAt();
      if (enrichedAt != null) {
        meters.record(Duration.between(enrichedAt, clock.instant()));
      }
    };
  }

  /**
   * Records, for articles leaving the topology, the end-to-end latency (fetch to enriched) and the entities (by
   * type) and topics (by label, a bounded set: the IPTC top level) they carry:
   * {@code newsflow_entities_total{type}}, {@code newsflow_topics_total{topic}}.
   */
  <K> ForeachAction<K, EnrichedArticle> published() {
    PipelineMetrics.endToEndTimer(registry, PipelineMetrics.POINT_ENRICHED);
    for (EntityType type : EntityType.values()) {
      entities(type); // a bounded set: exported from the start, at 0
    }
    return (key, article) -> {
      PipelineMetrics.endToEnd(registry, PipelineMetrics.POINT_ENRICHED, article.getFetchedAt(), clock);
      for (Entity entity : article.getEntities()) {
        entities(entity.getType()).increment();
      }
      for (Topic topic : article.getTopics()) {
        Counter.builder("newsflow.topics").description("Topics emitted on enriched articles, by label")
            .tag("topic", topic.getLabel()).register(registry).increment();
      }
    };
  }

  private Counter entities(EntityType type) {
    return Counter.builder("newsflow.entities").description("Entities emitted on enriched articles, by type")
        .tag("type", type.name()).register(registry);
  }

  /** Deletes (tombstones) forwarded by the topology: {@code newsflow_deletes_total{stage="enrich"}}. */
  Counter deletes() {
    return PipelineMetrics.deletes(registry, "enrich");
  }

  /** The registry put in the Streams properties by the service, or null. */
  static MeterRegistry fromConfig(Map<String, ?> configs) {
    Object value = configs.get(REGISTRY_CONFIG);
    return value instanceof MeterRegistry registry ? registry : null;
  }
}
