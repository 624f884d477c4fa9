package dev.newsflow.bench;

import dev.newsflow.bench.LatencyTracker.Point;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.store.ArticleStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The whole pipeline under load: publishes articles through the real publisher, runs the enrich topology and a
 * sink in this JVM, and times each article from publish to its enriched event (read_committed, matched by id, the
 * record key) and to the sink's durable write.
 *
 * <p>At a fixed rate, latency counts from the article's scheduled send time, so a stalled publisher cannot hide a
 * slow pipeline (no coordinated omission). As fast as possible, the publisher keeps at most {@code window}
 * articles in flight (published, not yet enriched), so the figures are the pipeline's sustained throughput rather
 * than how fast the broker can queue.
 *
 * <p>One run per instance; not thread-safe.
 */
public final class PipelineBenchmark {

  /** What to run. {@code articles} &gt; 0 ends after that many measured articles, else after {@code duration}. */
  public record Settings(KafkaSettings kafka, TopicNames topics, BenchCorpus corpus, double rate, int window,
      Duration warmup, Duration duration, long articles, Duration drainTimeout, int enrichThreads, Path workDir,
      StoreFactory store, boolean stories) {}

  /** Opens the sink's store in the work dir. */
  @FunctionalInterface
  public interface StoreFactory {
    ArticleStore open(Path workDir) throws Exception;
  }

  /** Latency percentiles in milliseconds. */
  public record Latency(long count, double p50, double p90, double p99, double max, double mean) {
    static Latency of(Histogram h) {
      double ms = 1e6;
      return new Latency(h.getTotalCount(), h.getValueAtPercentile(50) / ms, h.getValueAtPercentile(90) / ms,
          h.getValueAtPercentile(99) / ms, h.getMaxValue() / ms, h.getMean() / ms);
    }
  }

  /**
   * The figures of a run.
   *
   * @param enrichThreads the stream threads enrich ran (the setting, or one per processor)
   * @param peakHeapMb the most {@link UsedHeap#now()} read at the progress lines (each second), garbage included
   * @param heapPoolPeaksMb {@link UsedHeap#sumOfPoolPeaks()} over the run
   * @param measuredEnriched how many of the {@code measured} articles came out enriched before the drain timeout
   * @param fellBehind the pipeline did not keep up: measured articles were still missing at the drain timeout, or,
   *     at a fixed rate, they came out more than 5% slower than the rate; the figures then describe a backlog
   */
  public record Result(String corpus, int enrichThreads, long published, long enriched, long sunk, long measured,
      long publishFailures, long duplicatesEnriched, long duplicatesSunk, double articlesPerSecond,
      double megabytesPerSecond, double sinkArticlesPerSecond, Latency toEnriched, Latency toSink,
      double processCpuSeconds, double brokerCpuSeconds, double cpuMillisPerArticle, double peakHeapMb,
      double heapPoolPeaksMb, double wallSeconds, boolean complete, long measuredEnriched, boolean fellBehind) {}

  private final Settings settings;
  private final PrintWriter progress;
  private final Optional<ProcessHandle> broker;
  private final LatencyTracker tracker = new LatencyTracker();
  private final AtomicBoolean reading = new AtomicBoolean(true);
  private final AtomicLong publishFailures = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();

  /**
   * @param progress where a progress line goes every second (stderr)
   * @param broker the broker's process when it runs as a child JVM, for its CPU time
   */
  public PipelineBenchmark(Settings settings, PrintWriter progress, Optional<ProcessHandle> broker) {
    this.settings = settings;
    this.progress = progress;
    this.broker = broker;
  }

  public Result run() throws Exception {
    long wallStart = System.nanoTime();
    long cpuStart = processCpuNanos();
    long brokerCpuStart = brokerCpuNanos();
    String runId = UUID.randomUUID().toString().substring(0, 8);
    EnrichConfig enrichConfig = EnrichConfig.builder(settings.kafka()).topics(settings.topics())
        .applicationId("newsflow-bench-" + runId).threads(settings.enrichThreads())
        .set(EnrichConfig.STORIES_ENABLED, settings.stories())
        .stateDir(settings.workDir().resolve("streams")).build();
    UsedHeap.resetPoolPeaks();
    try (EnrichService enrich = new EnrichService(enrichConfig);
        SinkService sink = new SinkService(SinkConfig.defaults(settings.kafka()).withTopics(settings.topics())
            .withGroupId("newsflow-bench-sink-" + runId),
            new TimedStore(settings.store().open(settings.workDir()), tracker));
        KafkaConsumer<String, byte[]> reader = enrichedReader()) {
      enrich.start(Duration.ofMinutes(2));
      sink.start();
      assignAtEnd(reader);
      Thread readerThread = new Thread(() -> read(reader), "bench-enriched-reader");
      readerThread.start();
      try (ArticlePublisher publisher = new ArticlePublisher(settings.kafka(), settings.topics().raw())) {
        publish(publisher);
        publisher.flush();
      }
      boolean complete = drain();
      reading.set(false);
      readerThread.join(TimeUnit.SECONDS.toMillis(10));
      progress.println();
      progress.flush();
      double wall = (System.nanoTime() - wallStart) / 1e9;
      double cpu = (processCpuNanos() - cpuStart) / 1e9;
      double brokerCpu = broker.isPresent() ? (brokerCpuNanos() - brokerCpuStart) / 1e9 : Double.NaN;
      long enriched = tracker.arrivedCount(Point.ENRICHED);
      double cpuPerArticle = enriched == 0 ? Double.NaN
          : 1000 * (cpu + (Double.isNaN(brokerCpu) ? 0 : brokerCpu)) / enriched;
      long span = tracker.measuredSpanNanos(Point.ENRICHED);
      long sinkSpan = tracker.measuredSpanNanos(Point.SINK);
      long measuredEnriched = tracker.measuredArrived(Point.ENRICHED);
      double articlesPerSecond = span == 0 ? 0 : measuredEnriched / (span / 1e9);
      boolean fellBehind = FellBehind.test(tracker.measuredPublished(), measuredEnriched, settings.rate(),
          articlesPerSecond);
      return new Result(settings.corpus().description(), enrichConfig.threads(), tracker.published(), enriched,
          tracker.arrivedCount(Point.SINK), tracker.measuredPublished(), publishFailures.get(),
          tracker.duplicates(Point.ENRICHED), tracker.duplicates(Point.SINK),
          articlesPerSecond,
          span == 0 ? 0 : tracker.measuredBytes() / 1e6 / (span / 1e9),
          sinkSpan == 0 ? 0 : tracker.measuredArrived(Point.SINK) / (sinkSpan / 1e9),
          Latency.of(tracker.latencies(Point.ENRICHED)), Latency.of(tracker.latencies(Point.SINK)), cpu, brokerCpu,
          cpuPerArticle, peakHeap.get() / 1e6, UsedHeap.sumOfPoolPeaks() / 1e6, wall, complete, measuredEnriched,
          fellBehind);
    }
  }

  /** Articles published so far (for a sampler on another thread). */
  public long publishedCount() {
    return tracker.published();
  }

  /** Articles whose enriched event was read so far. */
  public long enrichedCount() {
    return tracker.arrivedCount(Point.ENRICHED);
  }

  /** Articles the sink has written so far. */
  public long sunkCount() {
    return tracker.arrivedCount(Point.SINK);
  }

  private void publish(ArticlePublisher publisher) {
    long start = System.nanoTime();
    long warmupEnd = start + settings.warmup().toNanos();
    long end = warmupEnd + settings.duration().toNanos();
    double intervalNanos = settings.rate() > 0 ? 1e9 / settings.rate() : 0;
    long nextProgress = start;
    for (long i = 0; ; i++) {
      long now = System.nanoTime();
      if (settings.articles() > 0 ? tracker.measuredPublished() >= settings.articles() : now >= end) {
        break;
      }
      long stamp;
      if (intervalNanos > 0) {
        stamp = start + (long) (i * intervalNanos);
        while ((now = System.nanoTime()) < stamp) {
          LockSupport.parkNanos(Math.min(stamp - now, 1_000_000));
        }
      } else {
        while (tracker.published() - tracker.arrivedCount(Point.ENRICHED) >= settings.window()) {
          LockSupport.parkNanos(200_000);
        }
        stamp = System.nanoTime();
      }
      RawArticle article = settings.corpus().get();
      int bytes = article.getContent().getBytes(StandardCharsets.UTF_8).length;
      tracker.published(article.getId(), stamp, stamp >= warmupEnd, bytes);
      publisher.publish(article).whenComplete((metadata, error) -> {
        if (error != null) {
          publishFailures.incrementAndGet();
          tracker.failed(article.getId());
        }
      });
      if (System.nanoTime() >= nextProgress) {
        printProgress(start, stamp < warmupEnd);
        nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      }
    }
  }

  /** Waits until everything published was enriched and written by the sink, or the drain timeout passes. */
  private boolean drain() {
    long start = System.nanoTime();
    long deadline = start + settings.drainTimeout().toNanos();
    while (!(tracker.allArrived(Point.ENRICHED) && tracker.allArrived(Point.SINK))) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      printProgress(start, false);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
    }
    printProgress(start, false);
    return true;
  }

  private void printProgress(long start, boolean warmingUp) {
    long heap = UsedHeap.now();
    peakHeap.accumulateAndGet(heap, Math::max);
    progress.printf("\r%s%5.0fs  published %,d  enriched %,d  sunk %,d  heap %,d MB   ",
        warmingUp ? "warm-up " : "", (System.nanoTime() - start) / 1e9, tracker.published(),
        tracker.arrivedCount(Point.ENRICHED), tracker.arrivedCount(Point.SINK), heap / 1_000_000);
    progress.flush();
  }

  private KafkaConsumer<String, byte[]> enrichedReader() {
    Map<String, Object> config = settings.kafka().clientConfig();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Positions the reader at the enriched topic's end before anything is published (it exists once enrich runs). */
  private void assignAtEnd(KafkaConsumer<String, byte[]> reader) {
    List<TopicPartition> partitions = reader.partitionsFor(settings.topics().enriched()).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    reader.assign(partitions);
    reader.seekToEnd(partitions);
    partitions.forEach(reader::position); // seekToEnd is lazy: look the offsets up now
  }

  /** Reads the enriched topic, keys only (the key is the article id); the reader's own thread from here on. */
  private void read(KafkaConsumer<String, byte[]> reader) {
    while (reading.get()) {
      for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(100))) {
        if (record.key() != null) {
          tracker.arrived(Point.ENRICHED, record.key());
        }
      }
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private long brokerCpuNanos() {
    return broker.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
  }
}
