package dev.newsflow.bench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Publish times by article id, and the latencies from publish to each later point (the enriched event, the sink
 * write), one HdrHistogram per point. Articles published during the warm-up are tracked (so they can be waited
 * for) but not recorded. Each article counts once per point; a second arrival counts as a duplicate.
 *
 * <p>Thread-safe: the publisher, the enriched-topic reader and the sink thread use it at once.
 */
public final class LatencyTracker {

  /** Where an article was seen. */
  public enum Point { ENRICHED, SINK }

  private record Sent(long nanos, boolean measured, int bytes) {}

  private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(30);

  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  private final Map<Point, Set<String>> seen = Map.of(Point.ENRICHED, ConcurrentHashMap.newKeySet(), Point.SINK,
      ConcurrentHashMap.newKeySet());
  private final Map<Point, Histogram> latencies = Map.of(Point.ENRICHED, new ConcurrentHistogram(MAX_NANOS, 3),
      Point.SINK, new ConcurrentHistogram(MAX_NANOS, 3));
  private final Map<Point, AtomicLong> duplicates = Map.of(Point.ENRICHED, new AtomicLong(), Point.SINK,
      new AtomicLong());
  private final Map<Point, AtomicLong> lastMeasuredNanos = Map.of(Point.ENRICHED, new AtomicLong(), Point.SINK,
      new AtomicLong());
  private final AtomicLong measuredSent = new AtomicLong();
  private final AtomicLong measuredBytes = new AtomicLong();
  private final AtomicLong firstMeasuredNanos = new AtomicLong(Long.MAX_VALUE);
  private final Map<Point, AtomicLong> measuredSeen = Map.of(Point.ENRICHED, new AtomicLong(), Point.SINK,
      new AtomicLong());

  /** Records that {@code id} was (or is about to be) published at {@code nanos} ({@link System#nanoTime()}). */
  public void published(String id, long nanos, boolean measured, int bytes) {
    sent.put(id, new Sent(nanos, measured, bytes));
    if (measured) {
      measuredSent.incrementAndGet();
      measuredBytes.addAndGet(bytes);
      firstMeasuredNanos.accumulateAndGet(nanos, Math::min);
    }
  }

  /** Forgets an article whose publish failed, so the run does not wait for it. */
  public void failed(String id) {
    Sent removed = sent.remove(id);
    if (removed != null && removed.measured()) {
      measuredSent.decrementAndGet();
      measuredBytes.addAndGet(-removed.bytes());
    }
  }

  /** Records that {@code id} reached {@code point} now; ids this run did not publish are ignored. */
  public void arrived(Point point, String id) {
    long now = System.nanoTime();
    Sent s = sent.get(id);
    if (s == null) {
      return;
    }
    if (!seen.get(point).add(id)) {
      duplicates.get(point).incrementAndGet();
      return;
    }
    if (s.measured()) {
      latencies.get(point).recordValue(Math.min(MAX_NANOS, Math.max(0, now - s.nanos())));
      measuredSeen.get(point).incrementAndGet();
      lastMeasuredNanos.get(point).accumulateAndGet(now, Math::max);
    }
  }

  public long published() {
    return sent.size();
  }

  public long arrivedCount(Point point) {
    return seen.get(point).size();
  }

  public long measuredPublished() {
    return measuredSent.get();
  }

  public long measuredBytes() {
    return measuredBytes.get();
  }

  public long measuredArrived(Point point) {
    return measuredSeen.get(point).get();
  }

  public long duplicates(Point point) {
    return duplicates.get(point).get();
  }

  /** Nanoseconds from the first measured publish to the last measured arrival at {@code point}; 0 if none. */
  public long measuredSpanNanos(Point point) {
    long first = firstMeasuredNanos.get();
    long last = lastMeasuredNanos.get(point).get();
    return first == Long.MAX_VALUE || last == 0 ? 0 : Math.max(1, last - first);
  }

  /** A copy of the latency histogram of {@code point}, in nanoseconds. */
  public Histogram latencies(Point point) {
    return latencies.get(point).copy();
  }

  /** Whether every published article reached {@code point}. */
  public boolean allArrived(Point point) {
    return seen.get(point).size() >= sent.size();
  }
}
