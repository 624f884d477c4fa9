package dev.newsflow.extract.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date as the page wrote it: the page's own calendar day, the zone offset when the page gave one, and the instant
 * (UTC when the page gave no offset). The day is kept apart from the instant because converting
 * {@code 2020-03-16T00:30+01:00} to UTC moves it to the day before. Immutable.
 *
 * @param date the calendar day the page shows
 * @param offset the page's zone offset, or null when it gave none (the instant then reads the time as UTC)
 * @param instant the moment, for ordering and storage
 */
public record PageDate(LocalDate date, ZoneOffset offset, Instant instant) {

  public PageDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instant, "instant");
  }

  /** A local date and time with the page's offset, or read as UTC when the offset is null. */
  static PageDate of(LocalDateTime local, ZoneOffset offset) {
    return new PageDate(local.toLocalDate(), offset, local.toInstant(offset == null ? ZoneOffset.UTC : offset));
  }

  /** A day without a time: midnight UTC as the instant. */
  static PageDate of(LocalDate date) {
    return new PageDate(date, null, date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** An instant without a page calendar (epoch numbers): the UTC day. */
  static PageDate of(Instant instant) {
    return new PageDate(instant.atOffset(ZoneOffset.UTC).toLocalDate(), null, instant);
  }
}
