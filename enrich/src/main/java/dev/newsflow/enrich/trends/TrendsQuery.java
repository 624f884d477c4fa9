package dev.newsflow.enrich.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Reads trending entities from this instance's part of the {@link TrendsStage#STORE} window store (interactive
 * queries). "Trending" is the hour ending with the newest minute the store has seen (record time, so a replay of
 * older news shows that hour's trends), or the hour ending at a given instant. Thread-safe.
 */
public final class TrendsQuery {

  /** One entity and its mentions in the window. */
  public record Trend(String entity, long count) {}

  /** The top entities of one window: [windowStart, windowEnd), ISO-8601 instants (null when there is none). */
  public record Trends(String windowStart, String windowEnd, List<Trend> top) {
    public static Trends empty() {
      return new Trends(null, null, List.of());
    }
  }

  private final Supplier<ReadOnlyWindowStore<String, Long>> stores;

  /** @param stores gives the store, or null while it cannot be queried */
  public TrendsQuery(Supplier<ReadOnlyWindowStore<String, Long>> stores) {
    this.stores = stores;
  }

  /** Queries the local instance of a running topology. */
  public static TrendsQuery of(KafkaStreams streams) {
    return new TrendsQuery(() -> {
      try {
        return streams.store(StoreQueryParameters.fromNameAndType(TrendsStage.STORE,
            QueryableStoreTypes.<String, Long>windowStore()));
      } catch (InvalidStateStoreException e) {
        return null; // not running or rebalancing: nothing to show right now
      }
    });
  }

  /**
   * The start of the newest window this instance holds, or null when it holds none (or is not queryable yet).
   * Scans the store: used only when the current hour is empty.
   */
  public Instant latestWindowStart() {
    ReadOnlyWindowStore<String, Long> store = store();
    if (store == null) {
      return null;
    }
    long latest = Long.MIN_VALUE;
    try (KeyValueIterator<Windowed<String>, Long> all = store.fetchAll(Instant.EPOCH,
        Instant.now().plus(TrendsStage.WINDOW))) {
      while (all.hasNext()) {
        latest = Math.max(latest, all.next().key.window().start());
      }
    }
    return latest == Long.MIN_VALUE ? null : Instant.ofEpochMilli(latest);
  }

  /** The local top {@code limit} entities of the hour that ends one advance after {@code newestWindowStart}. */
  public Trends top(int limit, Instant newestWindowStart) {
    ReadOnlyWindowStore<String, Long> store = store();
    if (store == null || newestWindowStart == null) {
      return Trends.empty();
    }
    Instant start = newestWindowStart.minus(TrendsStage.WINDOW).plus(TrendsStage.ADVANCE);
    List<Trend> counts = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, Long> window = store.fetchAll(start, start)) {
      while (window.hasNext()) {
        KeyValue<Windowed<String>, Long> entry = window.next();
        counts.add(new Trend(entry.key.key(), entry.value));
      }
    }
    counts.sort(Comparator.comparingLong(Trend::count).reversed().thenComparing(Trend::entity));
    return new Trends(start.toString(), start.plus(TrendsStage.WINDOW).toString(),
        List.copyOf(counts.subList(0, Math.min(limit, counts.size()))));
  }

  /**
   * The local top entities of the hour up to now (wall clock), or, when that is empty (a replay of older news),
   * of the newest hour the store holds (a scan of the store).
   */
  public Trends top(int limit) {
    Instant now = Instant.now();
    Trends current = top(limit, Instant.ofEpochMilli(now.toEpochMilli() - now.toEpochMilli()
        % TrendsStage.ADVANCE.toMillis()));
    return current.top().isEmpty() ? top(limit, latestWindowStart()) : current;
  }

  /** Merges per-instance lists (each entity lives on exactly one instance, so this is exact). */
  public static Trends merge(List<Trends> parts, int limit) {
    String start = null;
    String end = null;
    List<Trend> all = new ArrayList<>();
    for (Trends part : parts) {
      if (part.windowStart() != null) {
        start = part.windowStart();
        end = part.windowEnd();
      }
      all.addAll(part.top());
    }
    all.sort(Comparator.comparingLong(Trend::count).reversed().thenComparing(Trend::entity));
    return new Trends(start, end, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
  }

  private ReadOnlyWindowStore<String, Long> store() {
    return stores.get();
  }
}
