package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.IndexEntry;
import dev.newsflow.enrich.dedupe.NearDuplicateMatcher;
import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One band of the near-duplicate index. Its input is keyed by the article's value of this band (the band's
 * repartition topic puts equal band values on one partition, whatever the article id), so every earlier article
 * sharing the band is in this task's store. It looks them up, lets {@link NearDuplicateMatcher} keep the earliest
 * original, indexes the article with the original known so far, and passes it on to the next band.
 *
 * <p>State: a window store band value → {@link IndexEntry} with duplicates retained (many articles share a band
 * value) and retention = the dedupe retention, so old segments are dropped whole by stream time, with no scan.
 * The lookup range also starts at record time minus the retention, so expiry is exact for the record at hand.
 *
 * <p>One instance per task, used by its stream thread only (not thread-safe, as Streams expects).
 */
final class NearDedupeProcessor implements FixedKeyProcessor<Long, NearCandidate, NearCandidate> {

  private final String storeName;
  private final long retentionMs;
  private final NearDuplicateMatcher matcher;
  private FixedKeyProcessorContext<Long, NearCandidate> context;
  private WindowStore<Long, byte[]> store;

  private NearDedupeProcessor(String storeName, Duration retention, int maxDistance) {
    this.storeName = storeName;
    this.retentionMs = retention.toMillis();
    this.matcher = new NearDuplicateMatcher(maxDistance);
  }

  static String name(int band) {
    return "dedupe-near-" + band;
  }

  static String storeName(int band) {
    return name(band) + "-store";
  }

  static FixedKeyProcessorSupplier<Long, NearCandidate, NearCandidate> supplier(int band, Duration retention,
      int maxDistance) {
    String storeName = storeName(band);
    StoreBuilder<WindowStore<Long, byte[]>> store = Stores.windowStoreBuilder(
        Stores.persistentWindowStore(storeName, retention, retention, true), Serdes.Long(), Serdes.ByteArray());
    return new FixedKeyProcessorSupplier<>() {
      @Override
      public FixedKeyProcessor<Long, NearCandidate, NearCandidate> get() {
        return new NearDedupeProcessor(storeName, retention, maxDistance);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }

  @Override
  public void init(FixedKeyProcessorContext<Long, NearCandidate> context) {
    this.store = context.getStateStore(storeName);
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<Long, NearCandidate> record) {
    NearCandidate candidate = record.value();
    EnrichedArticle article = candidate.article();
    long now = record.timestamp();
    Original original = matcher.match(article.getId(), article.getSimhash(), indexed(record.key(), now),
        candidate.original());
    Original indexedAs = original != null ? original : new Original(article.getId(), now);
    store.put(record.key(), new IndexEntry(article.getId(), article.getSimhash(), indexedAs).toBytes(), now);
    context.forward(record.withValue(candidate.withOriginal(original)));
  }

  /** Entries under this band value from the last retention (and any later-stamped ones already indexed). */
  private List<IndexEntry> indexed(long bandValue, long now) {
    List<IndexEntry> entries = new ArrayList<>();
    try (WindowStoreIterator<byte[]> it = store.fetch(bandValue, Math.max(0L, now - retentionMs),
        now + retentionMs)) {
      while (it.hasNext()) {
        KeyValue<Long, byte[]> next = it.next();
        entries.add(IndexEntry.fromBytes(next.value));
      }
    }
    return entries;
  }
}
