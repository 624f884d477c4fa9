package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End of the band chain: sets {@code duplicateOf} from the original the bands found, counts it, and keys the
 * article by id again for news.enriched (the sink's partitioner places it; no repartition needed).
 *
 * <p>One instance per task, used by its stream thread only.
 */
final class MarkDuplicateProcessor implements Processor<Long, NearCandidate, String, EnrichedArticle> {

  static final String NAME = "dedupe-mark";
  private static final Logger LOG = LoggerFactory.getLogger(MarkDuplicateProcessor.class);

  private ProcessorContext<String, EnrichedArticle> context;
  private Sensor marked;

  @Override
  public void init(ProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.marked = DedupeMetrics.sensor(context.metrics(), NAME, DedupeMetrics.NEAR_DUPLICATES_MARKED);
  }

  @Override
  public void process(Record<Long, NearCandidate> record) {
    EnrichedArticle article = record.value().article();
    Original original = record.value().original();
    if (original != null) {
      // The article was deserialized from the band topic for this record alone, so setting a field is safe.
      article.setDuplicateOf(original.id());
      marked.record();
      LOG.debug("article {} is a near-duplicate of {}", article.getId(), original.id());
    }
    context.forward(record.withKey(article.getId()).withValue(article));
  }
}
