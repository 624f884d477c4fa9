package dev.newsflow.ingest.bulk;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a load did: articles acknowledged by the broker, inputs that failed (bad line, unreadable file, refused by the
 * broker), and inputs skipped on purpose, counted by reason (for example a WARC record that is not HTML).
 * Immutable.
 */
public record LoadSummary(long published, long failed, Map<String, Long> skipped) {

  public LoadSummary {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    String text = "published " + published + ", failed " + failed;
    if (!skipped.isEmpty()) {
      text += ", skipped " + skippedTotal() + new TreeMap<>(skipped).entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", " (", ")"));
    }
    return text;
  }
}
