package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.config.IngestSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the feed poller (keys {@code feed.*} in {@link dev.newsflow.ingest.config.IngestDefinitions}).
 *
 * @param stateFile where feed state is kept (the data dir resolved)
 */
public record FeedConfig(Duration interval, long maxBytes, int maxSeenItems, boolean fetchArticles, Path stateFile) {

  public FeedConfig {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("feed.interval must be positive");
    }
  }

  public static FeedConfig from(IngestSettings s) {
    return new FeedConfig(s.duration("feed.interval"), s.number("feed.max-bytes", 1),
        s.integer("feed.max-seen-items", 10), s.bool("feed.fetch-articles"),
        Path.of(s.string("data-dir")).resolve(s.string("feed.state-file")));
  }
}
