package dev.newsflow.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Soak sampling for a long {@code bench pipeline} run: every interval, the heap used after a full GC, this JVM's
 * and the broker child's resident set (from {@code /proc/PID/status}), and the backlog (articles published but not
 * yet enriched, and enriched but not yet written by the sink). The summary fits a line through each series over the
 * samples after the first (warm-up) and calls memory flat when the fitted growth over the run is small.
 *
 * <p>The full GC per sample ({@link UsedHeap#afterFullGc()}) is what makes the heap figure the live data rather
 * than garbage waiting to be collected; it costs a pause per interval, so latency figures of a sampled run are
 * slightly worse.
 */
public final class SoakSampler implements AutoCloseable {

  /** One sample; RSS values are -1 where /proc is not available. */
  public record Sample(double seconds, long heapAfterGcBytes, long rssBytes, long brokerRssBytes, long published,
      long enriched, long sunk) {
    long inFlight() {
      return published - enriched;
    }

    long sinkBacklog() {
      return enriched - sunk;
    }
  }

  /** Fitted trends over the samples after the first. */
  public record Summary(int samples, double heapSlopeMbPerMin, double heapMeanMb, double rssSlopeMbPerMin,
      double rssMeanMb, double brokerRssSlopeMbPerMin, long maxInFlight, double inFlightSlopePerMin,
      long maxSinkBacklog, boolean heapFlat, boolean backlogBounded) {}

  private final Duration every;
  private final PrintWriter out;
  private final Optional<ProcessHandle> broker;
  private final LongSupplier published;
  private final LongSupplier enriched;
  private final LongSupplier sunk;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "soak-sampler");
    t.setDaemon(true);
    return t;
  });
  private long start;

  public SoakSampler(Duration every, PrintWriter out, Optional<ProcessHandle> broker, LongSupplier published,
      LongSupplier enriched, LongSupplier sunk) {
    this.every = every;
    this.out = out;
    this.broker = broker;
    this.published = published;
    this.enriched = enriched;
    this.sunk = sunk;
  }

  public void start() {
    start = System.nanoTime();
    out.printf("%nsoak %8s %14s %10s %12s %10s %10s %12s%n", "seconds", "heap after GC", "RSS", "broker RSS",
        "published", "in flight", "sink backlog");
    out.flush();
    timer.scheduleAtFixedRate(this::sample, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sample() {
    Sample s = new Sample((System.nanoTime() - start) / 1e9, UsedHeap.afterFullGc(), rss(ProcessHandle.current().pid()),
        broker.map(p -> rss(p.pid())).orElse(-1L), published.getAsLong(), enriched.getAsLong(), sunk.getAsLong());
    synchronized (samples) {
      samples.add(s);
    }
    out.printf(Locale.ROOT, "%nsoak %8.0f %11.1f MB %7.1f MB %9.1f MB %10d %10d %12d%n", s.seconds(),
        s.heapAfterGcBytes() / 1e6, s.rssBytes() / 1e6, s.brokerRssBytes() / 1e6, s.published(), s.inFlight(),
        s.sinkBacklog());
    out.flush();
  }

  public List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Heap counts as flat when the fitted growth over the sampled span is under 10% of the mean heap (or under 20 MB,
   * since a small heap moves by a few MB with whatever is in flight); the backlog counts as bounded when its fitted
   * growth over the span is under 10 articles' worth per minute of run.
   */
  public static Summary summarize(List<Sample> all) {
    List<Sample> s = all.size() > 2 ? all.subList(1, all.size()) : all;
    double[] t = s.stream().mapToDouble(x -> x.seconds() / 60).toArray();
    double heapSlope = slope(t, s.stream().mapToDouble(x -> x.heapAfterGcBytes() / 1e6).toArray());
    double heapMean = s.stream().mapToDouble(x -> x.heapAfterGcBytes() / 1e6).average().orElse(0);
    double rssSlope = slope(t, s.stream().mapToDouble(x -> x.rssBytes() / 1e6).toArray());
    double rssMean = s.stream().mapToDouble(x -> x.rssBytes() / 1e6).average().orElse(0);
    double brokerSlope = slope(t, s.stream().mapToDouble(x -> x.brokerRssBytes() / 1e6).toArray());
    double lagSlope = slope(t, s.stream().mapToDouble(Sample::inFlight).toArray());
    double minutes = t.length < 2 ? 0 : t[t.length - 1] - t[0];
    double heapGrowth = heapSlope * minutes;
    return new Summary(s.size(), heapSlope, heapMean, rssSlope, rssMean, brokerSlope,
        s.stream().mapToLong(Sample::inFlight).max().orElse(0), lagSlope,
        s.stream().mapToLong(Sample::sinkBacklog).max().orElse(0),
        heapGrowth < Math.max(20, 0.1 * heapMean), lagSlope < 10);
  }

  public static String format(Summary r) {
    return String.format(Locale.ROOT, "soak summary over %d samples (first left out as warm-up):%n"
        + "  heap after GC: mean %.1f MB, slope %+.2f MB/min -> %s%n"
        + "  RSS: mean %.1f MB, slope %+.2f MB/min; broker RSS slope %+.2f MB/min%n"
        + "  in flight (published, not enriched): max %d, slope %+.1f articles/min; sink backlog max %d -> %s",
        r.samples(), r.heapMeanMb(), r.heapSlopeMbPerMin(), r.heapFlat() ? "FLAT" : "GROWING", r.rssMeanMb(),
        r.rssSlopeMbPerMin(), r.brokerRssSlopeMbPerMin(), r.maxInFlight(), r.inFlightSlopePerMin(),
        r.maxSinkBacklog(), r.backlogBounded() ? "BOUNDED" : "GROWING");
  }

  /** Least-squares slope of y over x; 0 with fewer than two points. */
  static double slope(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  /** VmRSS of a process from /proc, or -1 (not Linux, or the process is gone). */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc here
    }
    return -1;
  }
}
