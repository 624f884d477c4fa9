package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.limits.RecordSizeGuard;
import dev.newsflow.enrich.topology.stories.StoriesStage;
import dev.newsflow.enrich.trends.TrendsStage;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.Stage;
import dev.newsflow.schemas.kafka.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrichment topology, built in one function from a config (running it is {@link EnrichService}'s job):
 *
 * <pre>
 * news.raw ─► raw-source ─┬─ articles ─► clean ─► dedupe-exact ─► (dedupe bands, see DedupeStage)
 *                         │    ─► entities ─► topics ─► stories (see StoriesStage) ─► key-by-id ─┐
 *                         └─ tombstones ─► delete (clears dedupe-exact-store) ─── with-deletes ─► enriched-sink
 *                                                                                                  ─► news.enriched
 *      (undeserializable records and stage failures ─► news.dlq, by the configured exception handlers)
 * </pre>
 *
 * Every processor, state store and repartition topic is named so later versions can insert stages without
 * orphaning state.
 */
public final class EnrichTopology {

  /** Processor names; a stage's processor is named for its {@link Stage}, the name dead-letter headers carry. */
  public static final String SOURCE = "raw-source";
  public static final String CLEAN = Stage.CLEAN.id();
  public static final String DEDUPE_EXACT = ExactDedupeProcessor.NAME;
  public static final String ENTITIES = Stage.ENTITIES.id();
  public static final String TOPICS = Stage.TOPICS.id();
  public static final String KEY_BY_ID = "key-by-id";
  public static final String DELETE = DeleteProcessor.NAME;
  public static final String SINK = "enriched-sink";

  private EnrichTopology() {}

  /** The production topology: stages loaded from the config's settings, no meters. */
  public static Topology build(EnrichConfig config) {
    return build(config, EnrichStages.load(config.cleanLimits(), config.tagging()), EnrichMetrics.none());
  }

  /** The topology running {@code stages}, recording its stage and latency meters in {@code metrics}. */
  public static Topology build(EnrichConfig config, EnrichStages stages, EnrichMetrics metrics) {
    return build(config, stages, metrics, new RecordLimits(config.maxRecordBytes()));
  }

  /**
   * The topology as {@link #build(EnrichConfig, EnrichStages, EnrichMetrics)}, writing no record over
   * {@code limits} (those go to the DLQ through {@link OversizedRecordExceptionHandler}).
   */
  public static Topology build(EnrichConfig config, EnrichStages stages, EnrichMetrics metrics,
      RecordLimits limits) {
    Topic<String, RawArticle> in = config.pipelineTopics().raw();
    Topic<String, EnrichedArticle> out = config.pipelineTopics().enriched();

    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, RawArticle> raw =
        builder.stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()).withName(SOURCE));
    KStream<String, EnrichedArticle> cleaned = raw
        .filter((id, article) -> article != null, Named.as("articles"))
        .mapValues(metrics.timed(CLEAN, stages::clean), Named.as(CLEAN));
    // Tagging runs after dedupe: exact repeats are dropped before the costly stages, and the band
    // repartition topics carry articles without entities.
    KStream<String, EnrichedArticle> deduped = DedupeStage.apply(
            cleaned.peek(metrics.entering(EnrichMetrics.DEDUPE), Named.as("dedupe-metrics-in")),
            config.dedupe(), out.valueSerde(), out.name(), limits)
        .peek(metrics.leaving(EnrichMetrics.DEDUPE), Named.as("dedupe-metrics-out"));
    KStream<String, EnrichedArticle> tagged = deduped
        .mapValues(metrics.timed(ENTITIES, stages::entities), Named.as(ENTITIES))
        .mapValues(metrics.timed(TOPICS, stages::topics), Named.as(TOPICS));
    KStream<String, EnrichedArticle> enriched = !config.storiesEnabled() ? tagged
        : StoriesStage.apply(builder, tagged, config.stories(), config.pipelineTopics().stories(), limits);
    TrendsStage.apply(enriched);
    // A tombstone deletes the article: dedupe forgets it (the store is dedupe-exact's, created above) and the
    // tombstone goes on under the same id. It takes the direct path, so it may overtake a version of the same
    // article still in the dedupe band chain (one commit interval per band); see docs/architecture.md, "Topology".
    KStream<String, EnrichedArticle> deletes = raw
        .filter((id, article) -> article == null, Named.as("tombstones"))
        .processValues(DeleteProcessor.supplier(metrics.deletes()), Named.as(DELETE), ExactDedupeProcessor.STORE);
    enriched
        .peek(metrics.published(), Named.as("enriched-metrics"))
        // The contract keys news.enriched by article id, whatever key (or none) the producer gave news.raw.
        .selectKey((key, article) -> article.getId(), Named.as(KEY_BY_ID))
        .merge(deletes, Named.as("with-deletes"))
        .to(out.name(), Produced.with(out.keySerde(), RecordSizeGuard.guard(out.valueSerde(), limits))
            .withName(SINK));
    return builder.build();
  }
}
