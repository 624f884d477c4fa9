package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.ContentRevision;
import dev.newsflow.schema.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact dedupe by id, keyed as news.raw is (by id), so the state is partition-local. Same id and same content
 * hash within the retention: dropped and counted. Same id, new hash: an update, passed on. Articles with no text
 * always pass (an empty hash says nothing about the page) and are not remembered.
 *
 * <p>State: a timestamped key-value store id → (content hash, last seen). Why not a window store: a key-value
 * store keeps one entry per id however often a page is re-crawled, and "last seen" refreshes on every sighting,
 * so a page re-fetched daily stays deduped. Expiry is checked on read (exact, whatever the purge timing) and a
 * stream-time punctuator deletes entries older than the retention to bound the store; its scan is amortised over
 * at most one run per hour of stream time.
 *
 * <p>One instance per task, used by its stream thread only (not thread-safe, as Streams expects).
 */
final class ExactDedupeProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

  static final String NAME = "dedupe-exact";
  static final String STORE = "dedupe-exact-store";
  private static final Duration MAX_PURGE_INTERVAL = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(ExactDedupeProcessor.class);

  private final long retentionMs;
  private final Duration purgeInterval;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;
  private TimestampedKeyValueStore<String, String> store;
  private Sensor dropped;
  private Sensor updates;

  private ExactDedupeProcessor(Duration retention) {
    this.retentionMs = retention.toMillis();
    this.purgeInterval = retention.compareTo(MAX_PURGE_INTERVAL) < 0 ? retention : MAX_PURGE_INTERVAL;
  }

  /** The processor with its store attached (Streams connects the store to the processor by this supplier). */
  static FixedKeyProcessorSupplier<String, EnrichedArticle, EnrichedArticle> supplier(Duration retention) {
    StoreBuilder<TimestampedKeyValueStore<String, String>> store = Stores.timestampedKeyValueStoreBuilder(
        Stores.persistentTimestampedKeyValueStore(STORE), Serdes.String(), Serdes.String());
    return new FixedKeyProcessorSupplier<>() {
      @Override
      public FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> get() {
        return new ExactDedupeProcessor(retention);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    this.dropped = DedupeMetrics.sensor(context.metrics(), NAME, DedupeMetrics.EXACT_DUPLICATES_DROPPED);
    this.updates = DedupeMetrics.sensor(context.metrics(), NAME, DedupeMetrics.UPDATES);
    context.schedule(purgeInterval, PunctuationType.STREAM_TIME, this::purgeOlderThanRetention);
  }

  @Override
  public void process(FixedKeyRecord<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    String hash = article.getContentHash();
    if (hash == null) {
      throw new IllegalArgumentException("article " + article.getId() + " has no content hash");
    }
    if (article.getWordCount() == 0) {
      context.forward(record);
      return;
    }
    String id = article.getId();
    long now = record.timestamp();
    ValueAndTimestamp<String> previous = store.get(id);
    boolean live = previous != null && now - previous.timestamp() <= retentionMs;
    ContentRevision revision = ContentRevision.of(live ? previous.value() : null, hash);
    long lastSeen = live ? Math.max(now, previous.timestamp()) : now;
    store.put(id, ValueAndTimestamp.make(hash, lastSeen));
    switch (revision) {
      case REPEAT -> {
        dropped.record();
        LOG.debug("dropped exact repeat of article {}", id);
      }
      case UPDATE -> {
        updates.record();
        LOG.debug("article {} changed: passing the update on", id);
        context.forward(record);
      }
      case NEW -> context.forward(record);
    }
  }

  /** Deletes entries not seen for longer than the retention; collects first so the iterator is not mutated. */
  private void purgeOlderThanRetention(long streamTime) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueAndTimestamp<String>> entry = all.next();
        if (streamTime - entry.value.timestamp() > retentionMs) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(store::delete);
    if (!expired.isEmpty()) {
      LOG.debug("purged {} expired content hashes", expired.size());
    }
  }
}
