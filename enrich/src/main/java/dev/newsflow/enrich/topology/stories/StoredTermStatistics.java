package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.TermStatistics;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies of title and lead terms in a task's key-value store. Each task counts the articles of its
 * own partitions, a sample of the stream that is as good as the whole for weighting terms once a few hundred
 * articles went by. Scoring one article reads the frequencies of every candidate story's terms, thousands of reads,
 * so counts read lately are also kept in memory (this processor is the store's only writer, so the copy
 * is never stale). Counts are written to the store by {@link #flush()}, not on each article: a term counted by many
 * articles in a second is written once, and a crash loses at most those counts of a sample. Not thread-safe (one per
 * processor).
 */
final class StoredTermStatistics implements TermStatistics {

  /** The document count's key: starts with NUL, which no term does. */
  static final String DOCUMENTS = "\u0000documents";
  private static final int CACHED_TERMS = 200_000;

  private final KeyValueStore<String, Long> store;
  /** Counts read or written lately; emptied when full (cheaper than an LRU on this hot path). */
  private final Map<String, Long> cache = new HashMap<>();
  /** Counts changed since the last flush (all of them also in the cache). */
  private final Set<String> changed = new HashSet<>();

  StoredTermStatistics(KeyValueStore<String, Long> store) {
    this.store = store;
  }

  @Override
  public long documents() {
    return count(DOCUMENTS);
  }

  @Override
  public long frequency(String term) {
    return count(term);
  }

  @Override
  public void add(Collection<String> distinctTerms) {
    increment(DOCUMENTS);
    distinctTerms.forEach(this::increment);
  }

  private long count(String key) {
    Long count = cache.get(key);
    if (count == null) {
      Long stored = store.get(key);
      count = stored == null ? 0L : stored;
      remember(key, count);
    }
    return count;
  }

  /** Writes the changed counts to the store. */
  void flush() {
    for (String key : changed) {
      store.put(key, cache.get(key));
    }
    changed.clear();
  }

  private void increment(String key) {
    long next = count(key) + 1;
    remember(key, next);
    changed.add(key);
  }

  private void remember(String key, long count) {
    if (cache.size() >= CACHED_TERMS) {
      flush();
      cache.clear();
    }
    cache.put(key, count);
  }
}
