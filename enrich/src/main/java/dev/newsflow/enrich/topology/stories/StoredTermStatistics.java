package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.TermStatistics;
import java.util.Collection;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies of title and lead terms in a task's key-value store. Each task counts the articles of its
 * own partitions, a sample of the stream that is as good as the whole for weighting terms once a few hundred
 * articles went by. Not thread-safe (one per processor).
 */
final class StoredTermStatistics implements TermStatistics {

  /** The document count's key: starts with NUL, which no term does. */
  static final String DOCUMENTS = "\u0000documents";

  private final KeyValueStore<String, Long> store;

  StoredTermStatistics(KeyValueStore<String, Long> store) {
    this.store = store;
  }

  @Override
  public long documents() {
    Long count = store.get(DOCUMENTS);
    return count == null ? 0L : count;
  }

  @Override
  public long frequency(String term) {
    Long count = store.get(term);
    return count == null ? 0L : count;
  }

  @Override
  public void add(Collection<String> distinctTerms) {
    store.put(DOCUMENTS, documents() + 1);
    for (String term : distinctTerms) {
      store.put(term, frequency(term) + 1);
    }
  }
}
