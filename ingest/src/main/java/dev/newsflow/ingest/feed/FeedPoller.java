package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.fetch.FetchRequest;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.url.PageArticles;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds and publishes their new items as {@link SourceType#FEED} articles. Each poll is a
 * conditional GET (a 304 publishes nothing); items are new when their GUID (else link) is not in the feed's seen
 * set; an item is marked seen only once the broker has acknowledged it, and the feed's validators (ETag,
 * Last-Modified) are only kept when every new item went through, so a failed publish is retried on the next poll.
 * With {@code fetch-articles}, an item that carries only a summary is published as its linked page instead.
 * State is saved to the {@link FeedStateStore} after every poll, so it survives restarts.
 *
 * <p>Use {@link #pollOnce} for one-shot runs, or {@link #start}/{@link #add}/{@link #remove}/{@link #stop} to poll
 * on an interval (one poll per feed at a time; feeds run in parallel on a small pool). Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  public static final String SOURCE = "feed";

  /** What one poll did. */
  public record PollResult(String feed, String status, int items, int newItems, int published, int failed,
      String error) {}

  private final HttpFetcher fetcher;
  private final ArticlePublisher publisher;
  private final FeedStateStore store;
  private final FeedConfig config;
  private final IngestMetrics metrics;
  private final Clock clock;
  private final FeedParser parser = new FeedParser();
  private final Map<String, FeedState> states;
  private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
  private final Map<String, Object> feedLocks = new ConcurrentHashMap<>();
  /** Set by scheduled polls; the state file is written at most every {@link #SAVE_EVERY} while polling runs. */
  private final java.util.concurrent.atomic.AtomicBoolean dirty = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile ScheduledExecutorService scheduler;

  /** How often scheduled polls write the state file (one-shot polls write at once, stop writes at the end). */
  static final Duration SAVE_EVERY = Duration.ofSeconds(5);

  public FeedPoller(HttpFetcher fetcher, ArticlePublisher publisher, FeedStateStore store, FeedConfig config,
      IngestMetrics metrics, Clock clock) {
    this.fetcher = fetcher;
    this.publisher = publisher;
    this.store = store;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
    this.states = new ConcurrentHashMap<>(store.load());
  }

  /** Polls every feed on the configured interval until {@link #stop}; first polls start at once. */
  public synchronized void start(Collection<String> feeds) {
    if (scheduler == null) {
      scheduler = Executors.newScheduledThreadPool(fetcher.config().threads(), r -> {
        Thread t = new Thread(r, "feed-poller");
        t.setDaemon(true);
        return t;
      });
      scheduler.scheduleWithFixedDelay(this::saveIfDirty, SAVE_EVERY.toMillis(), SAVE_EVERY.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    feeds.forEach(this::add);
  }

  /** Starts polling one more feed on the configured interval (no-op if already polled). Requires {@link #start}. */
  public void add(String feedUrl) {
    add(feedUrl, config.interval());
  }

  /** Starts polling one more feed on its own interval (no-op if already polled). Requires {@link #start}. */
  public void add(String feedUrl, Duration interval) {
    ScheduledExecutorService s = scheduler;
    if (s == null) {
      throw new IllegalStateException("start the poller first");
    }
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    scheduled.computeIfAbsent(feedUrl, url -> s.scheduleWithFixedDelay(() -> pollSafely(url), 0,
        interval.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Stops polling a feed; its state is kept. */
  public void remove(String feedUrl) {
    ScheduledFuture<?> f = scheduled.remove(feedUrl);
    if (f != null) {
      f.cancel(false);
    }
  }

  /** Feeds currently scheduled. */
  public List<String> feeds() {
    return List.copyOf(scheduled.keySet());
  }

  /** Stops all polling, waiting up to {@code timeout} for polls in progress. */
  public synchronized void stop(Duration timeout) {
    ScheduledExecutorService s = scheduler;
    scheduler = null;
    scheduled.clear();
    if (s != null) {
      s.shutdown();
      try {
        if (!s.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          s.shutdownNow();
        }
      } catch (InterruptedException e) {
        s.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    saveIfDirty();
  }

  private void saveIfDirty() {
    if (dirty.getAndSet(false)) {
      try {
        store.save(states.values());
      } catch (RuntimeException e) {
        dirty.set(true);
        LOG.error("cannot save feed state: {}", e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  /** A snapshot of every known feed's state. */
  public Map<String, FeedState> states() {
    Map<String, FeedState> copy = new LinkedHashMap<>();
    states.forEach((k, v) -> copy.put(k, v.copy()));
    return copy;
  }

  private void pollSafely(String feedUrl) {
    try {
      PollResult r;
      synchronized (feedLocks.computeIfAbsent(feedUrl, k -> new Object())) {
        r = poll(feedUrl, states.computeIfAbsent(feedUrl, FeedState::new));
        dirty.set(true);
      }
      LOG.info("feed {}: {}, {} new, {} published, {} failed{}", feedUrl, r.status(), r.newItems(), r.published(),
          r.failed(), r.error() == null ? "" : " (" + r.error() + ")");
    } catch (RuntimeException e) {
      // Never let one bad poll cancel the feed's schedule.
      LOG.error("feed {}: poll failed unexpectedly", feedUrl, e);
    }
  }

  /** Polls one feed now: fetch (conditional), parse, publish new items, save state. */
  public PollResult pollOnce(String feedUrl) {
    synchronized (feedLocks.computeIfAbsent(feedUrl, k -> new Object())) {
      FeedState state = states.computeIfAbsent(feedUrl, FeedState::new);
      PollResult result = poll(feedUrl, state);
      store.save(states.values());
      return result;
    }
  }

  private PollResult poll(String feedUrl, FeedState state) {
    URI uri;
    try {
      uri = URI.create(feedUrl);
    } catch (IllegalArgumentException e) {
      return fail(state, "bad_url", "not a valid URL: " + e.getMessage());
    }
    FetchResult fetched = fetcher.fetch(
        new FetchRequest(uri, state.etag, state.lastModified, FetchRequest.Accept.FEED, config.maxBytes()));
    metrics.fetch(SOURCE, fetched);
    synchronized (state) {
      state.polls++;
      state.lastPoll = clock.instant().toString();
    }
    if (fetched instanceof FetchResult.NotModified) {
      synchronized (state) {
        state.notModified++;
        state.status = "not-modified";
        state.lastSuccess = state.lastPoll;
        state.lastError = null;
      }
      return new PollResult(feedUrl, "not-modified", 0, 0, 0, 0, null);
    }
    if (fetched instanceof FetchResult.Failed failed) {
      return fail(state, null, failed.toString());
    }
    FetchResult.Fetched doc = (FetchResult.Fetched) fetched;
    FeedParser.ParsedFeed feed;
    try {
      feed = parser.parse(doc.body(), doc.headers().firstValue("Content-Type").orElse(null), doc.finalUri());
    } catch (FeedParseException e) {
      return fail(state, "parse", e.getMessage());
    }
    return publishNew(feedUrl, state, feed, doc);
  }

  private PollResult publishNew(String feedUrl, FeedState state, FeedParser.ParsedFeed feed,
      FetchResult.Fetched doc) {
    List<FeedItem> fresh = new ArrayList<>();
    for (FeedItem item : feed.items()) {
      if (!state.hasSeen(item.key())) {
        fresh.add(item);
      } else {
        metrics.skipped(SOURCE, "seen");
      }
    }
    Map<FeedItem, CompletableFuture<?>> sends = new LinkedHashMap<>();
    for (FeedItem item : fresh) {
      sends.put(item, publisher.publish(toArticle(feedUrl, feed, item)));
    }
    publisher.flush();
    int published = 0;
    int failed = 0;
    for (Map.Entry<FeedItem, CompletableFuture<?>> send : sends.entrySet()) {
      if (await(send.getValue(), feedUrl)) {
        state.markSeen(send.getKey().key(), config.maxSeenItems());
        metrics.published(SOURCE);
        published++;
      } else {
        metrics.failed(SOURCE, "publish");
        failed++;
      }
    }
    synchronized (state) {
      state.title = feed.title();
      state.itemsPublished += published;
      state.itemsFailed += failed;
      if (failed == 0) {
        // Only now: with a failed item, the next poll must not get a 304 that hides it.
        state.etag = doc.etag();
        state.lastModified = doc.lastModified();
        state.status = "ok";
        state.lastError = null;
        state.lastSuccess = state.lastPoll;
      } else {
        state.failures++;
        state.status = "failed";
        state.lastError = failed + " item(s) could not be published; retried next poll";
      }
    }
    return new PollResult(feedUrl, failed == 0 ? "ok" : "failed", feed.items().size(), fresh.size(), published,
        failed, failed == 0 ? null : state.lastError);
  }

  private boolean await(CompletableFuture<?> send, String feedUrl) {
    try {
      send.get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      LOG.warn("feed {}: cannot publish an item: {}", feedUrl, e.getCause().toString());
      return false;
    }
  }

  /** The article for an item: its linked page when asked for and the item has only a summary, else the item. */
  RawArticle toArticle(String feedUrl, FeedParser.ParsedFeed feed, FeedItem item) {
    Map<String, String> hints = new HashMap<>();
    hints.put("feed", feedUrl);
    putIfPresent(hints, "feed.title", feed.title());
    putIfPresent(hints, "language", feed.language());
    putIfPresent(hints, "guid", item.guid());
    putIfPresent(hints, "author", item.author());
    if (!item.categories().isEmpty()) {
      hints.put("categories", String.join(", ", item.categories()));
    }
    hints.put("feed.fullContent", Boolean.toString(item.fullContent()));
    if (config.fetchArticles() && !item.fullContent() && item.link() != null) {
      FetchResult page = fetcher.fetch(FetchRequest.page(URI.create(item.link())));
      metrics.fetch(SOURCE + "-article", page);
      if (page instanceof FetchResult.Fetched f) {
        return PageArticles.toArticle(f, SourceType.FEED, feedUrl, item.title(), item.publishedAt(), hints);
      }
      // Publish the summary rather than lose the item; say why the page is missing.
      hints.put("articleFetch", page.toString());
    }
    String id = item.link() != null ? ArticleIds.forUrl(item.link())
        : item.guid() != null ? ArticleIds.forGuid(feedUrl, item.guid())
        : ArticleIds.forContent(item.content());
    return RawArticle.newBuilder()
        .setId(id)
        .setSourceId(feedUrl)
        .setSourceType(SourceType.FEED)
        .setUrl(item.link())
        .setContentType(item.html() ? ContentType.HTML : ContentType.TEXT)
        .setContent(item.content())
        .setTitle(item.title())
        .setPublishedAt(item.publishedAt())
        .setFetchedAt(clock.instant())
        .setHints(hints)
        .build();
  }

  private PollResult fail(FeedState state, String metricReason, String error) {
    if (metricReason != null) {
      metrics.failed(SOURCE, metricReason);
    }
    synchronized (state) {
      state.failures++;
      state.status = "failed";
      state.lastError = error;
    }
    return new PollResult(state.url, "failed", 0, 0, 0, 0, error);
  }

  private static void putIfPresent(Map<String, String> hints, String key, String value) {
    if (value != null && !value.isBlank()) {
      hints.put(key, value);
    }
  }
}
