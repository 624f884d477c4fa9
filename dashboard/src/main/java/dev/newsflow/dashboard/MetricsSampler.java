package dev.newsflow.dashboard;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.ops.metrics.StageMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the meter registry at a fixed interval for the dashboard's charts: per-stage throughput (articles out
 * per second, from the {@code newsflow_articles_total} counters), latency percentiles (p50/p95/p99 over the last
 * two minutes, Micrometer's decaying window) of each stage and end to end, and consumer lag per partition (the
 * Kafka clients' {@code records-lag} metrics, bound by the Micrometer binders). Keeps the last {@code keep} samples.
 *
 * <p>Thread-safe.
 */
public final class MetricsSampler implements AutoCloseable {

  static final String LAG = "kafka.consumer.fetch.manager.records.lag";

  /** One sample: time (epoch ms), throughput per stage (articles/s), latency percentiles in seconds per series. */
  public record Point(long t, Map<String, Double> throughput, Map<String, Map<String, Double>> latency) {}

  /** Lag of one consumer on one partition. */
  public record Lag(String client, String topic, int partition, double lag) {}

  private final MeterRegistry registry;
  private final Duration interval;
  private final int keep;
  private final Deque<Point> points = new ArrayDeque<>();
  private final ScheduledExecutorService scheduler;
  private Map<String, Double> lastOut = Map.of();
  private long lastAt;

  public MetricsSampler(MeterRegistry registry, Duration interval, int keep) {
    this.registry = registry;
    this.interval = interval;
    this.keep = keep;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsflow-dashboard-sampler");
      thread.setDaemon(true);
      return thread;
    });
  }

  public MetricsSampler start() {
    scheduler.scheduleAtFixedRate(this::sampleQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void sampleQuietly() {
    try {
      sample();
    } catch (RuntimeException e) {
      // a sample is lost; the next one comes soon
    }
  }

  synchronized void sample() {
    long now = System.currentTimeMillis();
    Map<String, Double> out = totals("out");
    Map<String, Double> throughput = new TreeMap<>();
    if (lastAt > 0) {
      double seconds = Math.max(0.001, (now - lastAt) / 1000.0);
      out.forEach((stage, count) -> throughput.put(stage,
          Math.max(0, count - lastOut.getOrDefault(stage, 0.0)) / seconds));
    }
    lastOut = out;
    lastAt = now;
    points.addLast(new Point(now, throughput, latencies()));
    while (points.size() > keep) {
      points.removeFirst();
    }
  }

  /** The samples, oldest first. */
  public synchronized List<Point> points() {
    return List.copyOf(points);
  }

  /** Article counts per stage and outcome since the process started. */
  public Map<String, Map<String, Double>> counts() {
    Map<String, Map<String, Double>> counts = new TreeMap<>();
    for (Counter counter : registry.find(StageMetrics.ARTICLES).counters()) {
      counts.computeIfAbsent(counter.getId().getTag("stage"), s -> new TreeMap<>())
          .merge(counter.getId().getTag("outcome"), counter.count(), Double::sum);
    }
    return counts;
  }

  /**
   * Lag per consumer client and partition, by topic and partition; Streams' restore consumers are left out, and so
   * are the Kafka clients' legacy copies of the same metric with dots in the topic name replaced by underscores.
   */
  public List<Lag> lag() {
    Map<String, Lag> byKey = new TreeMap<>();
    for (Gauge gauge : registry.find(LAG).gauges()) {
      String client = gauge.getId().getTag("client.id");
      String topic = gauge.getId().getTag("topic");
      String partition = gauge.getId().getTag("partition");
      double value = gauge.value();
      if (topic == null || partition == null || Double.isNaN(value)
          || (client != null && client.contains("restore-consumer"))) {
        continue;
      }
      String key = client + "|" + topic.replace('.', '_') + "|" + partition;
      Lag lag = new Lag(client, topic, Integer.parseInt(partition), value);
      byKey.merge(key, lag, (a, b) -> a.topic().contains(".") ? a : b);
    }
    List<Lag> lags = new ArrayList<>(byKey.values());
    lags.sort((a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
        : a.topic().compareTo(b.topic()));
    return lags;
  }

  private Map<String, Double> totals(String outcome) {
    Map<String, Double> totals = new TreeMap<>();
    for (Counter counter : registry.find(StageMetrics.ARTICLES).tag("outcome", outcome).counters()) {
      totals.merge(counter.getId().getTag("stage"), counter.count(), Double::sum);
    }
    return totals;
  }

  private Map<String, Map<String, Double>> latencies() {
    Map<String, Map<String, Double>> latencies = new LinkedHashMap<>();
    for (Timer timer : registry.find(PipelineMetrics.END_TO_END).timers()) {
      if (timer.count() > 0) {
        latencies.put("end-to-end " + timer.getId().getTag("point"), percentiles(timer));
      }
    }
    for (Timer timer : registry.find(StageMetrics.DURATION).timers()) {
      if (timer.count() > 0) {
        latencies.put(timer.getId().getTag("stage"), percentiles(timer));
      }
    }
    return latencies;
  }

  private static Map<String, Double> percentiles(Timer timer) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
      values.put("p" + Math.round(p.percentile() * 100), p.value(TimeUnit.SECONDS));
    }
    return values;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
