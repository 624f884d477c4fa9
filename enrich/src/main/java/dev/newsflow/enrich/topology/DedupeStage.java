package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.DedupeSettings;
import dev.newsflow.enrich.dedupe.SimHashBands;
import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.limits.RecordSizeGuard;
import dev.newsflow.schema.EnrichedArticle;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Wires the dedupe stage (the logic is in {@code dev.newsflow.enrich.dedupe} and the processors):
 *
 * <pre>
 * dedupe-exact ─► dedupe-split ─┬─ near (≥ min words) ─► dedupe-wrap ─► [dedupe-key-band-i ─► dedupe-band-i
 *                               │                        (repartition) ─► dedupe-near-i] for i = 0..k ─► dedupe-mark ─┐
 *                               └─ bypass (short or empty text) ───────────────────────────────────────────────────── dedupe-merge
 * </pre>
 *
 * See docs/architecture.md, "Dedupe", for the design and its costs.
 */
final class DedupeStage {

  static final String SPLIT = "dedupe-split-";
  static final String MERGE = "dedupe-merge";

  private DedupeStage() {}

  /**
   * The deduplicated stream, keyed by id like its input; {@code articleSerde} writes articles on the band topics
   * under the subject of {@code enrichedTopic}, none over {@code limits}.
   */
  static KStream<String, EnrichedArticle> apply(KStream<String, EnrichedArticle> cleaned, DedupeSettings settings,
      Serde<EnrichedArticle> articleSerde, String enrichedTopic, RecordLimits limits) {
    KStream<String, EnrichedArticle> fresh = cleaned.processValues(
        ExactDedupeProcessor.supplier(settings.retention()), Named.as(ExactDedupeProcessor.NAME));
    Map<String, KStream<String, EnrichedArticle>> branches = fresh.split(Named.as(SPLIT))
        .branch((id, article) -> settings.nearDuplicateCandidate(article.getWordCount()), Branched.as("near"))
        .defaultBranch(Branched.as("bypass"));
    KStream<String, EnrichedArticle> marked = throughBands(branches.get(SPLIT + "near"), settings,
        RecordSizeGuard.guard(new NearCandidateSerde(articleSerde, enrichedTopic), limits));
    return marked.merge(branches.get(SPLIT + "bypass"), Named.as(MERGE));
  }

  private static KStream<String, EnrichedArticle> throughBands(KStream<String, EnrichedArticle> articles,
      DedupeSettings settings, Serde<NearCandidate> candidateSerde) {
    SimHashBands bands = settings.bands();
    KStream<Long, NearCandidate> chain = throughBand(
        articles.mapValues(article -> new NearCandidate(article, null), Named.as("dedupe-wrap")),
        0, bands, settings, candidateSerde);
    for (int band = 1; band < bands.count(); band++) {
      chain = throughBand(chain, band, bands, settings, candidateSerde);
    }
    return chain.process(MarkDuplicateProcessor::new, Named.as(MarkDuplicateProcessor.NAME));
  }

  /** Re-keys by the band value, repartitions so equal band values meet, and looks up / indexes in that band. */
  private static <K> KStream<Long, NearCandidate> throughBand(KStream<K, NearCandidate> candidates, int band,
      SimHashBands bands, DedupeSettings settings, Serde<NearCandidate> candidateSerde) {
    return candidates
        .selectKey((key, candidate) -> bands.band(candidate.article().getSimhash(), band),
            Named.as("dedupe-key-band-" + band))
        .repartition(Repartitioned.<Long, NearCandidate>as("dedupe-band-" + band)
            .withKeySerde(Serdes.Long()).withValueSerde(candidateSerde))
        .processValues(NearDedupeProcessor.supplier(band, settings.retention(), settings.maxDistance()),
            Named.as(NearDedupeProcessor.name(band)));
  }
}
