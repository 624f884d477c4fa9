package dev.newsflow.ingest.metrics;

import dev.newsflow.ingest.fetch.FetchResult;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

/**
 * Counts what the web sources did, per source ({@code url}, {@code feed}, {@code sitemap}) and outcome:
 * fetched, not-modified (304), published, skipped and failed with a reason, plus fetch latency and bytes.
 * Plain counters so a metrics registry (Micrometer) can bind them later through {@link #forEachCounter} and
 * {@link #latencies()}. Thread-safe.
 */
public final class IngestMetrics {

  /** What happened to an item. */
  public enum Outcome { FETCHED, NOT_MODIFIED, PUBLISHED, SKIPPED, FAILED }

  /** One counter's identity; reason is "" when the outcome has none. */
  public record Key(String source, Outcome outcome, String reason) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return source + "." + outcome.name().toLowerCase(java.util.Locale.ROOT) + (reason.isEmpty() ? "" : "." + reason);
    }
  }

  /** Fetch latency and bytes of one source. */
  public static final class Latency {
    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
    private final LongAdder bytes = new LongAdder();

    void record(Duration latency, long body) {
      count.increment();
      totalNanos.add(latency.toNanos());
      maxNanos.accumulate(latency.toNanos());
      bytes.add(body);
    }

    public long count() {
      return count.sum();
    }

    public Duration total() {
      return Duration.ofNanos(totalNanos.sum());
    }

    public Duration max() {
      return Duration.ofNanos(maxNanos.get());
    }

    public long bytes() {
      return bytes.sum();
    }
  }

  private final ConcurrentHashMap<Key, LongAdder> counters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Latency> latencies = new ConcurrentHashMap<>();

  public void count(String source, Outcome outcome, String reason) {
    counters.computeIfAbsent(new Key(source, outcome, reason == null ? "" : reason), k -> new LongAdder())
        .increment();
  }

  public void published(String source) {
    count(source, Outcome.PUBLISHED, "");
  }

  public void skipped(String source, String reason) {
    count(source, Outcome.SKIPPED, reason);
  }

  public void failed(String source, String reason) {
    count(source, Outcome.FAILED, reason);
  }

  /** Records a fetch: bytes and latency when fetched, a not-modified, or a failure with its reason. */
  public void fetch(String source, FetchResult result) {
    if (result instanceof FetchResult.Fetched f) {
      count(source, Outcome.FETCHED, "");
      latencies.computeIfAbsent(source, s -> new Latency()).record(f.latency(), f.body().length);
    } else if (result instanceof FetchResult.NotModified n) {
      count(source, Outcome.NOT_MODIFIED, "");
      latencies.computeIfAbsent(source, s -> new Latency()).record(n.latency(), 0);
    } else if (result instanceof FetchResult.Failed f) {
      failed(source, f.reason().label());
    }
  }

  public long get(String source, Outcome outcome, String reason) {
    LongAdder adder = counters.get(new Key(source, outcome, reason == null ? "" : reason));
    return adder == null ? 0 : adder.sum();
  }

  /** Sum over all reasons of one outcome. */
  public long total(String source, Outcome outcome) {
    return counters.entrySet().stream()
        .filter(e -> e.getKey().source().equals(source) && e.getKey().outcome() == outcome)
        .mapToLong(e -> e.getValue().sum()).sum();
  }

  public void forEachCounter(BiConsumer<Key, Long> action) {
    new TreeMap<>(counters).forEach((k, v) -> action.accept(k, v.sum()));
  }

  public Map<String, Latency> latencies() {
    return Map.copyOf(latencies);
  }

  /** A few lines for the end of a one-shot command. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    forEachCounter((k, v) -> out.append(k).append(' ').append(v).append('\n'));
    new TreeMap<>(latencies).forEach((source, l) -> {
      if (l.count() > 0) {
        out.append(source).append(".fetch ").append(l.count()).append(" responses, ")
            .append(l.bytes()).append(" bytes, latency mean ")
            .append(l.total().dividedBy(l.count()).toMillis()).append(" ms, max ")
            .append(l.max().toMillis()).append(" ms\n");
      }
    });
    return out.toString();
  }
}
