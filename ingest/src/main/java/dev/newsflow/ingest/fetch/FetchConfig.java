package dev.newsflow.ingest.fetch;

import dev.newsflow.ingest.config.IngestSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Typed, validated settings of the {@link HttpFetcher}; built from {@link IngestSettings} (see
 * {@link dev.newsflow.ingest.config.IngestDefinitions} for what each means).
 */
public record FetchConfig(
    String userAgent,
    String robotsAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int threads,
    Duration hostDelay,
    int hostMaxConcurrency,
    Duration maxCrawlDelay,
    boolean robotsEnabled,
    Duration robotsCacheTtl,
    int robotsMaxBytes,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    AddressPolicy addressPolicy) {

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(addressPolicy, "addressPolicy");
    if (userAgent.isBlank() || robotsAgent.isBlank()) {
      throw new IllegalArgumentException("http.user-agent and robots.agent must not be blank");
    }
    if (connectTimeout.isZero() || readTimeout.isZero()) {
      throw new IllegalArgumentException("fetch timeouts must be positive");
    }
    if (maxBodyBytes < 1 || threads < 1 || hostMaxConcurrency < 1 || maxAttempts < 1 || robotsMaxBytes < 1
        || maxRedirects < 0) {
      throw new IllegalArgumentException("fetch limits must be positive (max-redirects may be 0)");
    }
  }

  public static FetchConfig from(IngestSettings s) {
    return new FetchConfig(
        s.string("http.user-agent").replace("{version}", IngestSettings.version()),
        s.string("robots.agent"),
        s.duration("fetch.connect-timeout"),
        s.duration("fetch.read-timeout"),
        s.number("fetch.max-body-bytes", 1),
        s.integer("fetch.max-redirects", 0),
        s.integer("fetch.threads", 1),
        s.duration("host.delay"),
        s.integer("host.max-concurrency", 1),
        s.duration("host.max-crawl-delay"),
        s.bool("robots.enabled"),
        s.duration("robots.cache-ttl"),
        s.integer("robots.max-bytes", 1),
        s.integer("retry.max-attempts", 1),
        s.duration("retry.initial-backoff"),
        s.duration("retry.max-backoff"),
        s.duration("retry.max-retry-after"),
        AddressPolicy.of(s.bool("net.allow-private-networks"), s.list("net.allow")));
  }

  public static FetchConfig defaults() {
    return from(IngestSettings.defaults());
  }
}
