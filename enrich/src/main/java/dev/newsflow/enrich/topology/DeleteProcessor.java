package dev.newsflow.enrich.topology;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import io.micrometer.core.instrument.Counter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;

/**
 * A tombstone on news.raw (a null value keyed by an article id) deletes the article: its exact-dedupe entry is
 * cleared, so the same content published again is new, and a tombstone for the id goes on to news.enriched for
 * the sinks. Counted in {@code newsflow_deletes_total{stage="enrich"}}. A tombstone without a key names no
 * article: it fails, and the processing exception handler sends it to the DLQ with stage {@value #NAME}.
 *
 * <p>Connected to the store of {@link ExactDedupeProcessor}; tombstones and articles of an id share the raw
 * partition, so they meet in the same task. One instance per task, used by its stream thread only.
 */
final class DeleteProcessor implements FixedKeyProcessor<String, RawArticle, EnrichedArticle> {

  static final String NAME = "delete";

  private final Counter deletes;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;
  private TimestampedKeyValueStore<String, String> dedupe;

  private DeleteProcessor(Counter deletes) {
    this.deletes = deletes;
  }

  static FixedKeyProcessorSupplier<String, RawArticle, EnrichedArticle> supplier(Counter deletes) {
    return () -> new DeleteProcessor(deletes);
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.dedupe = context.getStateStore(ExactDedupeProcessor.STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, RawArticle> record) {
    String id = record.key();
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a tombstone without a key names no article to delete");
    }
    dedupe.delete(id);
    deletes.increment();
    context.forward(record.withValue(null));
  }
}
