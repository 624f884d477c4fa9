package dev.newsflow.ingest.sitemap;

import dev.newsflow.ingest.IngestReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads a set of sitemaps on an interval (for a long-running ingest service) and publishes the pages that
 * appeared since: each run uses the cut-off {@code sitemap.max-age} before now and skips pages an earlier run of
 * this process published (remembered in memory, at most {@code maxSeen}, oldest forgotten first). After a restart
 * the pages within the cut-off are fetched once more; their ids are the same, so that is harmless.
 *
 * <p>Thread-safe; runs on one thread of its own.
 */
public final class SitemapPoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SitemapPoller.class);

  private final SitemapIngester ingester;
  private final List<String> sitemaps;
  private final Duration interval;
  private final int maxSeen;
  private final Clock clock;
  private final Set<String> seen = Collections.synchronizedSet(new LinkedHashSet<>());
  private final AtomicLong runs = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile String lastRun;
  private volatile String lastError;
  private ScheduledExecutorService scheduler;

  public SitemapPoller(SitemapIngester ingester, List<String> sitemaps, SitemapConfig config, Clock clock) {
    this(ingester, sitemaps, config.interval(), config.maxSeenUrls(), clock);
  }

  public SitemapPoller(SitemapIngester ingester, List<String> sitemaps, Duration interval, int maxSeen,
      Clock clock) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    this.ingester = ingester;
    this.sitemaps = List.copyOf(sitemaps);
    this.interval = interval;
    this.maxSeen = maxSeen;
    this.clock = clock;
  }

  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sitemap-poller");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::runSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized void stop(Duration timeout) {
    if (scheduler == null) {
      return;
    }
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
    scheduler = null;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  /** One run now: read the sitemaps, publish the new recent pages. */
  public IngestReport runOnce() {
    Instant since = ingester.defaultSince();
    SitemapIngester.Run run = ingester.ingest(sitemaps, since, seen::contains);
    for (String url : run.publishedUrls()) {
      remember(url);
    }
    runs.incrementAndGet();
    published.addAndGet(run.report().publishedIds().size());
    failed.addAndGet(run.report().failures().size());
    lastRun = clock.instant().toString();
    lastError = run.report().failures().isEmpty() ? null
        : run.report().failures().get(0).input() + ": " + run.report().failures().get(0).reason();
    return run.report();
  }

  private void runSafely() {
    try {
      IngestReport report = runOnce();
      LOG.info("sitemaps: {}", report);
    } catch (RuntimeException e) {
      LOG.error("sitemap run failed unexpectedly", e);
      lastError = e.toString();
    }
  }

  private void remember(String url) {
    synchronized (seen) {
      seen.add(url);
      var oldest = seen.iterator();
      while (seen.size() > maxSeen && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
  }

  /** Counters and the last run, for a status endpoint. */
  public Map<String, Object> status() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("sitemaps", sitemaps.size());
    status.put("runs", runs.get());
    status.put("published", published.get());
    status.put("failed", failed.get());
    status.put("seen", seen.size());
    status.put("lastRun", lastRun);
    status.put("lastError", lastError);
    return status;
  }
}
