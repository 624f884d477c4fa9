package dev.newsflow.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Relative publish times ("3 hours ago", "vor 2 Tagen", "il y a 5 minutes", "昨天"), counted back from the fetch
 * time, in the languages of {@code relative-dates.txt}. The day is the UTC one: the page gives no zone. Read only
 * from short date-classed texts, and only when the fetch time is known. Immutable and thread-safe.
 */
final class RelativeDates {

  private static final Map<String, Duration> UNITS = Map.of("minute", Duration.ofMinutes(1), "hour",
      Duration.ofHours(1), "day", Duration.ofDays(1));
  private static final int MAX_CHARS = 60;
  /** Longer counts are page furniture ("120 days ago" in an archive list), not a publish time. */
  private static final int MAX_COUNT = 1000;
  private static final List<Rule> RULES = load();

  private record Rule(Duration unit, Pattern pattern) {}

  private RelativeDates() {}

  /** The publish date the first candidate's relative time gives, or null (also when fetchedAt is null). */
  static PageDate published(List<Element> candidates, Instant fetchedAt) {
    if (fetchedAt == null) {
      return null;
    }
    for (Element el : candidates) {
      String text = el.text();
      if (!text.isBlank() && text.length() <= MAX_CHARS) {
        PageDate date = read(text, fetchedAt);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The date a relative time in the text gives, counted back from {@code fetchedAt}, or null. */
  static PageDate read(String text, Instant fetchedAt) {
    String s = TextDates.asciiDigits(text);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(s);
      if (m.find()) {
        long count = 1;
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null) {
            // A long digit run is an id, not a count (and would overflow).
            count = m.group(g).length() > 4 ? Long.MAX_VALUE : Long.parseLong(m.group(g));
          }
        }
        if (count > MAX_COUNT) {
          return null;
        }
        return PageDate.of(fetchedAt.minus(rule.unit().multipliedBy(count)));
      }
    }
    return null;
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    try (InputStream in = RelativeDates.class.getResourceAsStream("relative-dates.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource relative-dates.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int bar = s.indexOf('|');
        rules.add(new Rule(UNITS.get(s.substring(0, bar)), Pattern.compile(s.substring(bar + 1),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
