package dev.newsflow.extract.meta;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date strings as pages write them, to UTC instants: ISO 8601 with or without seconds, fraction or offset
 * ({@code Z}, {@code +01:00}, {@code +0100}), date only (midnight UTC), RFC 1123, epoch seconds or millis, and
 * dates in URL paths. Local times without an offset are taken as UTC: the best guess without the site's zone.
 * Stateless and thread-safe.
 */
final class Dates {

  /** Earlier years are placeholders (epoch 0, year 1) rather than publish dates of web pages. */
  static final int MIN_YEAR = 1980;
  /** The furthest any zone is ahead of UTC. */
  private static final Duration MAX_AHEAD = Duration.ofHours(14);

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
      + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern DIGITS = Pattern.compile("\\d{8,13}");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|$)"
          + "|[/_~-](\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?=[/._-]|$)");

  private Dates() {}

  /** The instant a date string denotes, or null when it is not a date we can read. */
  static Instant parse(String raw) {
    PageDate date = read(raw);
    return date == null ? null : date.instant();
  }

  /** The date a string denotes with the page's calendar day and offset, or null when it is not a date we can read. */
  static PageDate read(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      if (DIGITS.matcher(s).matches()) {
        return digits(s);
      }
      Matcher iso = ISO.matcher(s.replace('/', '-'));
      if (iso.find()) {
        return iso(iso);
      }
      PageDate named = MonthNames.parse(s);
      if (named != null) {
        return named;
      }
      ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return PageDate.of(rfc.toLocalDateTime(), rfc.getOffset());
    } catch (DateTimeException | ArithmeticException e) {
      return null; // Out-of-range fields (month 13) or unknown formats: not a date.
    }
  }

  /** The date in a URL path ({@code /2025/11/30/}, {@code /2025-11-30/}, {@code /20251130/}), midnight UTC. */
  static PageDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      try {
        if (m.group(7) != null) { // day first: /29-10-2021
          return PageDate.of(LocalDate.of(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(8)),
              Integer.parseInt(m.group(7))));
        }
        int g = m.group(1) != null ? 1 : 4;
        return PageDate.of(LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
            Integer.parseInt(m.group(g + 2))));
      } catch (DateTimeException e) {
        // A number that only looks like a date (an article id); try the next match.
      }
    }
    return null;
  }

  /** Whether a publish or modify date is believable: not after the fetch and not before {@link #MIN_YEAR}. */
  static boolean plausible(Instant date, Instant fetchedAt) {
    Instant limit = fetchedAt != null ? fetchedAt : Instant.now();
    return date != null && !date.isAfter(limit) && date.atOffset(ZoneOffset.UTC).getYear() >= MIN_YEAR;
  }

  /**
   * Whether a page date is believable. A day or local time without an offset may be up to {@link #MAX_AHEAD} ahead
   * of UTC (a page in Auckland shows tomorrow's date while it is still today in London), so only its day counts.
   */
  static boolean plausible(PageDate date, Instant fetchedAt) {
    if (date == null) {
      return false;
    }
    if (date.offset() != null) {
      return plausible(date.instant(), fetchedAt);
    }
    Instant limit = fetchedAt != null ? fetchedAt : Instant.now();
    return !date.date().isAfter(limit.plus(MAX_AHEAD).atOffset(ZoneOffset.UTC).toLocalDate())
        && date.date().getYear() >= MIN_YEAR;
  }

  private static PageDate digits(String s) {
    if (s.length() == 8) {
      return PageDate.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
    }
    long value = Long.parseLong(s);
    // 13 digits are epoch millis (from 2001 on), 10 are epoch seconds; others are ids, not dates.
    if (s.length() == 13) {
      return PageDate.of(Instant.ofEpochMilli(value));
    }
    return s.length() == 10 ? PageDate.of(Instant.ofEpochSecond(value)) : null;
  }

  private static PageDate iso(Matcher m) {
    LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return PageDate.of(date);
    }
    int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
    LocalDateTime local = LocalDateTime.of(date, time);
    if (m.group(7) != null) {
      String nanos = (m.group(7) + "000000000").substring(0, 9);
      local = local.plus(Long.parseLong(nanos), ChronoUnit.NANOS);
    }
    return PageDate.of(local, m.group(8) == null ? null : offset(m.group(8)));
  }

  static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
