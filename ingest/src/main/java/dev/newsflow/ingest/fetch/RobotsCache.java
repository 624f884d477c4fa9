package dev.newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt rules per host (scheme, host, port), parsed by crawler-commons' RFC 9309 parser and cached with an
 * expiry. RFC 9309 outcomes: 2xx is parsed; 4xx (404 included) means no rules; 5xx or no answer at all means the
 * whole site is disallowed, cached for a short while only ({@link #UNREACHABLE_TTL}) so a brief outage does not
 * block the site for a day. Thread-safe; one robots.txt fetch per host at a time.
 */
final class RobotsCache {

  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
  static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);

  /** How robots.txt is fetched: status 0 when the host could not be reached. */
  interface Source {
    Response get(URI robotsTxt) throws InterruptedException;
  }

  record Response(int status, byte[] body, String contentType) {}

  private record Entry(BaseRobotRules rules, Instant expires) {}

  private final Source source;
  private final String agent;
  private final Duration ttl;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  RobotsCache(Source source, String agent, Duration ttl, Clock clock) {
    this.source = source;
    this.agent = agent.toLowerCase(Locale.ROOT);
    this.ttl = ttl;
    this.clock = clock;
    // We cap long Crawl-delays ourselves; the parser would otherwise turn them into "disallow everything".
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
  }

  /** The rules that apply to a URL, fetching the host's robots.txt when not cached. */
  BaseRobotRules rulesFor(URI uri) throws InterruptedException {
    String key = HttpFetcher.hostKey(uri);
    Entry entry = entries.get(key);
    if (entry != null && clock.instant().isBefore(entry.expires())) {
      return entry.rules();
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      entry = entries.get(key);
      if (entry == null || !clock.instant().isBefore(entry.expires())) {
        entry = load(key);
        entries.put(key, entry);
      }
      return entry.rules();
    }
  }

  private Entry load(String hostKey) throws InterruptedException {
    URI robots = URI.create(hostKey + "/robots.txt");
    Response response = source.get(robots);
    int status = response.status();
    if (status >= 200 && status < 300) {
      BaseRobotRules rules = parser.parseContent(robots.toString(), response.body(),
          response.contentType() == null ? "text/plain" : response.contentType(), List.of(agent));
      return new Entry(rules, clock.instant().plus(ttl));
    }
    if (status >= 400 && status < 500) {
      return new Entry(parser.failedFetch(status), clock.instant().plus(ttl));
    }
    // 5xx, 3xx loops or unreachable: RFC 9309 says assume complete disallow.
    LOG.warn("robots.txt of {} unreachable (status {}): the host is treated as disallowed for {}", hostKey,
        status == 0 ? "none" : status, UNREACHABLE_TTL);
    BaseRobotRules rules = parser.failedFetch(500);
    return new Entry(rules, clock.instant().plus(UNREACHABLE_TTL.compareTo(ttl) < 0 ? UNREACHABLE_TTL : ttl));
  }

  /** True when robots.txt disallows everything for now because it could not be read. */
  static boolean unreachable(BaseRobotRules rules) {
    return rules.isDeferVisits() || rules.isAllowNone();
  }
}
