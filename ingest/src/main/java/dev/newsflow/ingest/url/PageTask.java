package dev.newsflow.ingest.url;

import dev.newsflow.schema.SourceType;
import java.time.Instant;
import java.util.Map;

/**
 * One page to fetch and publish, with what the source already knows about it.
 *
 * @param sourceId recorded on the article (the sitemap that listed it, or "url")
 * @param title a title hint, or null
 * @param publishedAt a publish time hint, or null
 */
public record PageTask(String url, SourceType sourceType, String sourceId, String title, Instant publishedAt,
    Map<String, String> hints) {

  public static PageTask url(String url) {
    return new PageTask(url, SourceType.URL, UrlIngester.SOURCE, null, null, Map.of());
  }
}
