package dev.newsflow.ingest.sitemap;

import dev.newsflow.ingest.config.IngestSettings;
import java.time.Duration;

/**
 * Settings of the sitemap source (keys {@code sitemap.*} in {@link dev.newsflow.ingest.config.IngestDefinitions}).
 *
 * @param maxAge pages older than this are skipped; zero for no cut-off
 * @param interval time between runs of a {@link SitemapPoller}
 * @param maxSeenUrls page URLs a {@link SitemapPoller} remembers as published
 */
public record SitemapConfig(long maxBytes, int maxDepth, int maxSitemaps, int maxUrls, Duration maxAge,
    boolean includeUndated, Duration interval, int maxSeenUrls) {

  public static SitemapConfig from(IngestSettings s) {
    return new SitemapConfig(s.number("sitemap.max-bytes", 1), s.integer("sitemap.max-depth", 1),
        s.integer("sitemap.max-sitemaps", 1), s.integer("sitemap.max-urls", 1), s.duration("sitemap.max-age"),
        s.bool("sitemap.include-undated"), s.duration("sitemap.interval"), s.integer("sitemap.max-seen-urls", 1));
  }
}
