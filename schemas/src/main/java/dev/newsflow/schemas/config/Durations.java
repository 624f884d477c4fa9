package dev.newsflow.schemas.config;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations the way people type them: "30s", "5m", "2h", "7d", "500ms", "0", or ISO-8601 ("PT30S"). One syntax
 * for every flag, setting and file of every service.
 */
public final class Durations {

  private Durations() {}

  /** @throws IllegalArgumentException saying what is accepted, for anything else */
  public static Duration parse(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.equals("0")) {
        return Duration.ZERO;
      }
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
      // the clear error below
    }
    throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 30s, 5m, 2h, 7d, 500ms or PT30S)");
  }

  /** The shortest of the accepted forms that reads back as {@code d}: "7d", "90s", "500ms", "0s". */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    long ms = d.toMillis();
    long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] names = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (ms % units[i] == 0) {
        return ms / units[i] + names[i];
      }
    }
    return ms + "ms";
  }
}
