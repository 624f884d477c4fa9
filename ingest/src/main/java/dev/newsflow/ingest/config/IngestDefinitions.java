package dev.newsflow.ingest.config;

import dev.newsflow.schemas.config.DurationValidator;
import dev.newsflow.schemas.config.ServiceSettings;
import java.time.Duration;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The settings of everything that fetches over HTTP (URLs, feeds, sitemaps), defined once: type, default,
 * validator and doc, grouped as a crawler's defaults file is (identity, timeouts, politeness, retries, address
 * guard, feeds, sitemaps). {@link IngestSettings} layers the user's file, the environment and flags over these
 * defaults; {@code newsflow config defaults ingest} prints them as a commented properties file and
 * {@code newsflow config docs} as the table in docs/configuration.md.
 */
public final class IngestDefinitions {

  public static final String HTTP_USER_AGENT = "http.user-agent";
  public static final String ROBOTS_AGENT = "robots.agent";
  public static final String FETCH_CONNECT_TIMEOUT = "fetch.connect-timeout";
  public static final String FETCH_READ_TIMEOUT = "fetch.read-timeout";
  public static final String FETCH_MAX_BODY_BYTES = "fetch.max-body-bytes";
  public static final String FETCH_MAX_REDIRECTS = "fetch.max-redirects";
  public static final String FETCH_THREADS = "fetch.threads";
  public static final String HOST_DELAY = "host.delay";
  public static final String HOST_MAX_CONCURRENCY = "host.max-concurrency";
  public static final String HOST_MAX_CRAWL_DELAY = "host.max-crawl-delay";
  public static final String ROBOTS_ENABLED = "robots.enabled";
  public static final String ROBOTS_CACHE_TTL = "robots.cache-ttl";
  public static final String ROBOTS_MAX_BYTES = "robots.max-bytes";
  public static final String RETRY_MAX_ATTEMPTS = "retry.max-attempts";
  public static final String RETRY_INITIAL_BACKOFF = "retry.initial-backoff";
  public static final String RETRY_MAX_BACKOFF = "retry.max-backoff";
  public static final String RETRY_MAX_RETRY_AFTER = "retry.max-retry-after";
  public static final String NET_ALLOW_PRIVATE_NETWORKS = "net.allow-private-networks";
  public static final String NET_ALLOW = "net.allow";
  public static final String FEED_INTERVAL = "feed.interval";
  public static final String FEED_MAX_BYTES = "feed.max-bytes";
  public static final String FEED_MAX_SEEN_ITEMS = "feed.max-seen-items";
  public static final String FEED_FETCH_ARTICLES = "feed.fetch-articles";
  public static final String FEED_STATE_FILE = "feed.state-file";
  public static final String SITEMAP_MAX_BYTES = "sitemap.max-bytes";
  public static final String SITEMAP_MAX_DEPTH = "sitemap.max-depth";
  public static final String SITEMAP_MAX_SITEMAPS = "sitemap.max-sitemaps";
  public static final String SITEMAP_MAX_URLS = "sitemap.max-urls";
  public static final String SITEMAP_MAX_AGE = "sitemap.max-age";
  public static final String SITEMAP_INCLUDE_UNDATED = "sitemap.include-undated";
  public static final String SITEMAP_INTERVAL = "sitemap.interval";
  public static final String SITEMAP_MAX_SEEN_URLS = "sitemap.max-seen-urls";
  public static final String DATA_DIR = "data-dir";

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(HTTP_USER_AGENT, Type.STRING,
          "newsflow/{version} (+https://newsflow.example/bot; contact: ops@newsflow.example)", Importance.HIGH,
          "Sent with every request. Name the project, its version and a way to reach whoever runs it: "
              + "replace the contact placeholder with your own page or address before crawling other people's "
              + "sites. {version} is replaced by the newsflow version.",
          "Identity", 1, Width.MEDIUM, "http.user-agent")
      .define(ROBOTS_AGENT, Type.STRING, "newsflow", Importance.HIGH,
          "The product token matched against User-agent lines in robots.txt.",
          "Identity", 2, Width.MEDIUM, "robots.agent")
      .define(FETCH_CONNECT_TIMEOUT, Type.STRING, "10s", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "Time to open the TCP (and TLS) connection.",
          "Timeouts and limits", 1, Width.MEDIUM, "fetch.connect-timeout")
      .define(FETCH_READ_TIMEOUT, Type.STRING, "30s", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "Time from sending the request to the last byte of the body; slower answers fail with a timeout.",
          "Timeouts and limits", 2, Width.MEDIUM, "fetch.read-timeout")
      .define(FETCH_MAX_BODY_BYTES, Type.LONG, 10485760L, Range.atLeast(1), Importance.LOW,
          "Largest body accepted (after gzip/deflate decoding); a larger one is cut off and the fetch "
              + "fails.",
          "Timeouts and limits", 3, Width.MEDIUM, "fetch.max-body-bytes")
      .define(FETCH_MAX_REDIRECTS, Type.INT, 5, Range.atLeast(0), Importance.LOW,
          "Redirects followed per fetch; every hop is checked against the address guard and robots.txt "
              + "again.",
          "Timeouts and limits", 4, Width.MEDIUM, "fetch.max-redirects")
      .define(FETCH_THREADS, Type.INT, 4, Range.atLeast(1), Importance.LOW,
          "Fetches running at once over all hosts (URL lists, sitemap pages, feed articles).",
          "Timeouts and limits", 5, Width.MEDIUM, "fetch.threads")
      .define(HOST_DELAY, Type.STRING, "1s", DurationValidator.atLeast(Duration.ZERO), Importance.MEDIUM,
          "Pause between two requests to the same host (scheme, host and port); a longer Crawl-delay wins.",
          "Politeness", 1, Width.MEDIUM, "host.delay")
      .define(HOST_MAX_CONCURRENCY, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
          "Requests in flight at once to the same host.",
          "Politeness", 2, Width.MEDIUM, "host.max-concurrency")
      .define(HOST_MAX_CRAWL_DELAY, Type.STRING, "30s", DurationValidator.atLeast(Duration.ZERO), Importance.MEDIUM,
          "Crawl-delay values in robots.txt above this are capped to it (and logged).",
          "Politeness", 3, Width.MEDIUM, "host.max-crawl-delay")
      .define(ROBOTS_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
          "Honour robots.txt (RFC 9309). Turning this off is for your own sites only.",
          "Politeness", 4, Width.MEDIUM, "robots.enabled")
      .define(ROBOTS_CACHE_TTL, Type.STRING, "24h", DurationValidator.atLeast(Duration.ZERO), Importance.MEDIUM,
          "How long a host's robots.txt is cached (RFC 9309 asks for at most 24 hours).",
          "Politeness", 5, Width.MEDIUM, "robots.cache-ttl")
      .define(ROBOTS_MAX_BYTES, Type.INT, 512000, Range.atLeast(1), Importance.MEDIUM,
          "robots.txt bytes read (RFC 9309: at least 500 KiB must be parsed).",
          "Politeness", 6, Width.MEDIUM, "robots.max-bytes")
      .define(RETRY_MAX_ATTEMPTS, Type.INT, 3, Range.atLeast(1), Importance.LOW,
          "Tries per fetch (1 = no retry) for 429, 5xx, timeouts and connection errors. 404, 410, "
              + "robots-disallowed, refused addresses and unwanted content types are permanent and never "
              + "retried.",
          "Retries", 1, Width.MEDIUM, "retry.max-attempts")
      .define(RETRY_INITIAL_BACKOFF, Type.STRING, "1s", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "First backoff, doubled on each retry up to retry.max-backoff.",
          "Retries", 2, Width.MEDIUM, "retry.initial-backoff")
      .define(RETRY_MAX_BACKOFF, Type.STRING, "60s", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "Longest backoff between two tries.",
          "Retries", 3, Width.MEDIUM, "retry.max-backoff")
      .define(RETRY_MAX_RETRY_AFTER, Type.STRING, "2m", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "A Retry-After longer than this is not waited for: the fetch fails (transient) and is tried next "
              + "time.",
          "Retries", 4, Width.MEDIUM, "retry.max-retry-after")
      .define(NET_ALLOW_PRIVATE_NETWORKS, Type.BOOLEAN, false, Importance.MEDIUM,
          "Only http and https are fetched. Addresses that are loopback, private (RFC 1918, fc00::/7), "
              + "link-local (169.254/16 with the cloud metadata address, fe80::/10), unspecified, multicast or "
              + "CGNAT (100.64/10) are refused unless allowed here.",
          "Address guard (SSRF)", 1, Width.MEDIUM, "net.allow-private-networks")
      .define(NET_ALLOW, Type.LIST, "", Importance.MEDIUM,
          "Comma-separated host names and CIDR blocks allowed even when private, e.g. "
              + "intranet.example,10.1.0.0/16",
          "Address guard (SSRF)", 2, Width.MEDIUM, "net.allow")
      .define(FEED_INTERVAL, Type.STRING, "15m", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "Poll interval per feed.",
          "Feeds", 1, Width.MEDIUM, "feed.interval")
      .define(FEED_MAX_BYTES, Type.LONG, 5242880L, Range.atLeast(1), Importance.LOW,
          "Largest feed document accepted.",
          "Feeds", 2, Width.MEDIUM, "feed.max-bytes")
      .define(FEED_MAX_SEEN_ITEMS, Type.INT, 2000, Range.atLeast(10), Importance.LOW,
          "Item ids remembered per feed (oldest forgotten first); must exceed the items a feed lists at "
              + "once.",
          "Feeds", 3, Width.MEDIUM, "feed.max-seen-items")
      .define(FEED_FETCH_ARTICLES, Type.BOOLEAN, false, Importance.LOW,
          "Fetch the linked page when an item carries only a summary (no full content).",
          "Feeds", 4, Width.MEDIUM, "feed.fetch-articles")
      .define(FEED_STATE_FILE, Type.STRING, "feeds.json", Importance.LOW,
          "Feed state file (seen items, ETag, Last-Modified, last poll, counts); relative to data-dir. "
              + "Written after each one-shot poll, and every 5 s while polls run (a crash loses at most that: "
              + "items are then re-published under the same ids, which is harmless).",
          "Feeds", 5, Width.MEDIUM, "feed.state-file")
      .define(SITEMAP_MAX_BYTES, Type.LONG, 52428800L, Range.atLeast(1), Importance.LOW,
          "Largest sitemap accepted, after gunzip (the sitemaps protocol allows 50 MB).",
          "Sitemaps", 1, Width.MEDIUM, "sitemap.max-bytes")
      .define(SITEMAP_MAX_DEPTH, Type.INT, 3, Range.atLeast(1), Importance.LOW,
          "How deep sitemap indexes may nest (an index of indexes is depth 2).",
          "Sitemaps", 2, Width.MEDIUM, "sitemap.max-depth")
      .define(SITEMAP_MAX_SITEMAPS, Type.INT, 200, Range.atLeast(1), Importance.LOW,
          "Sitemaps read per run, indexes included.",
          "Sitemaps", 3, Width.MEDIUM, "sitemap.max-sitemaps")
      .define(SITEMAP_MAX_URLS, Type.INT, 10000, Range.atLeast(1), Importance.LOW,
          "Article pages fetched per run.",
          "Sitemaps", 4, Width.MEDIUM, "sitemap.max-urls")
      .define(SITEMAP_MAX_AGE, Type.STRING, "2d", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "Pages older than this (news:publication_date, else lastmod) are skipped; 0 = no cut-off. "
              + "--since DATE on the command line wins.",
          "Sitemaps", 5, Width.MEDIUM, "sitemap.max-age")
      .define(SITEMAP_INCLUDE_UNDATED, Type.BOOLEAN, false, Importance.LOW,
          "Whether pages without any date pass the cut-off.",
          "Sitemaps", 6, Width.MEDIUM, "sitemap.include-undated")
      .define(SITEMAP_INTERVAL, Type.STRING, "30m", DurationValidator.atLeast(Duration.ZERO), Importance.LOW,
          "A long-running service re-reads its sitemaps this often ...",
          "Sitemaps", 7, Width.MEDIUM, "sitemap.interval")
      .define(SITEMAP_MAX_SEEN_URLS, Type.INT, 50000, Range.atLeast(1), Importance.LOW,
          "... and remembers this many published page URLs (in memory) so they are not fetched again.",
          "Sitemaps", 8, Width.MEDIUM, "sitemap.max-seen-urls")
      .define(DATA_DIR, Type.STRING, ".newsflow/ingest", Importance.LOW,
          "Where ingest keeps its state (feed state, drop-directory bookkeeping).",
          "Where state lives", 1, Width.MEDIUM, "data-dir");

  /** The settings with their layers (file, environment, flags); see {@link ServiceSettings}. */
  public static final ServiceSettings SETTINGS = new ServiceSettings("ingest", CONFIG);

  private IngestDefinitions() {}
}
