package dev.newsflow.enrich.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link TermStatistics} in memory. Not thread-safe. */
public final class CountingTermStatistics implements TermStatistics {

  private final Map<String, Long> frequencies = new HashMap<>();
  private long documents;

  @Override
  public long documents() {
    return documents;
  }

  @Override
  public long frequency(String term) {
    return frequencies.getOrDefault(term, 0L);
  }

  @Override
  public void add(Collection<String> distinctTerms) {
    documents++;
    for (String term : distinctTerms) {
      frequencies.merge(term, 1L, Long::sum);
    }
  }
}
