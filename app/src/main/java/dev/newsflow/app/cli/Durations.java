package dev.newsflow.app.cli;

import java.time.Duration;
import java.util.Locale;

/** Parses durations the way people type them: "30s", "5m", "2h", "7d", "500ms", or ISO-8601 ("PT30S"). */
final class Durations {

  private Durations() {}

  static Duration parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      }
      long n = Long.parseLong(s.substring(0, s.length() - 1));
      switch (s.charAt(s.length() - 1)) {
        case 's': return Duration.ofSeconds(n);
        case 'm': return Duration.ofMinutes(n);
        case 'h': return Duration.ofHours(n);
        case 'd': return Duration.ofDays(n);
        default: break;
      }
    } catch (RuntimeException e) {
      // fall through to the clear error below
    }
    throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 30s, 5m, 2h, 7d, 500ms or PT30S)");
  }
}
