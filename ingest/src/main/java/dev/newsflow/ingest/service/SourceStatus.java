package dev.newsflow.ingest.service;

import java.util.Map;
import java.util.TreeMap;

/**
 * A source's state and counters (e.g. {@code published}, {@code failed}, {@code skipped}), plus a free-text detail
 * such as the address it listens on. Immutable.
 */
public record SourceStatus(String name, State state, Map<String, Long> counts, String detail) {

  /** Lifecycle of a source. */
  public enum State { NEW, RUNNING, STOPPED, FAILED }

  public SourceStatus {
    counts = new TreeMap<>(counts);
  }
}
