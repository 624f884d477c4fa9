package dev.newsflow.cli.options;

import dev.newsflow.ingest.config.IngestSettings;
import java.time.Duration;

/**
 * Parses durations the way people type them: "30s", "5m", "2h", "7d", "500ms", "0", or ISO-8601 ("PT30S"). One
 * syntax for every flag and setting, so it is the ingest settings' parser.
 */
public final class Durations {

  private Durations() {}

  public static Duration parse(String text) {
    return IngestSettings.parseDuration(text);
  }
}
