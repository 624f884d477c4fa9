package dev.newsflow.enrich.stories;

import java.util.Collection;

/**
 * Document frequencies of title and lead terms over the articles seen so far: how rare, and so how telling, a
 * term is. Implementations: {@link CountingTermStatistics} in memory; a state store in the topology.
 */
public interface TermStatistics {

  /** Articles counted so far. */
  long documents();

  /** Articles counted so far that contain {@code term}. */
  long frequency(String term);

  /** Counts one article with these distinct terms (see {@link StoryMatcher#distinctTerms}). */
  void add(Collection<String> distinctTerms);
}
