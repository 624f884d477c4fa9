package dev.newsflow.schemas.serde;

import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The latest version of each subject, kept for a time-to-live so a serializer with
 * {@code use.latest.version} does not ask the registry per record. Thread-safe; two threads
 * missing together may both fetch, which is harmless.
 */
final class LatestVersionCache {

  private record Entry(SchemaMetadata metadata, long fetchedAtNanos) {
  }

  private final SchemaRegistryClient client;
  private final long ttlNanos;
  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** @param ttl empty: keep answers for the life of the cache */
  LatestVersionCache(SchemaRegistryClient client, Optional<Duration> ttl) {
    this.client = client;
    this.ttlNanos = ttl.map(Duration::toNanos).orElse(-1L);
  }

  SchemaMetadata latest(String subject) {
    Entry entry = entries.get(subject);
    long now = System.nanoTime();
    if (entry == null || (ttlNanos >= 0 && now - entry.fetchedAtNanos >= ttlNanos)) {
      entry = new Entry(client.getLatest(subject), now);
      entries.put(subject, entry);
    }
    return entry.metadata;
  }
}
