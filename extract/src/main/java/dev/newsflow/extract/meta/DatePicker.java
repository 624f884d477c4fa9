package dev.newsflow.extract.meta;

import java.time.Instant;

/**
 * The first believable date among sources offered in order of trust: a date after the fetch time or before
 * {@link Dates#MIN_YEAR} is skipped and the next source gets its turn. One instance per field and page; not
 * thread-safe.
 */
final class DatePicker {

  private final Instant fetchedAt;
  private PageDate value;
  private String source;

  DatePicker(Instant fetchedAt) {
    this.fetchedAt = fetchedAt;
  }

  void offer(String from, String raw) {
    if (value == null && raw != null) {
      offer(from, Dates.read(raw));
    }
  }

  void offer(String from, PageDate date) {
    if (value == null && Dates.plausible(date, fetchedAt)) {
      value = date;
      source = from;
    }
  }

  PageDate value() {
    return value;
  }

  String source() {
    return source;
  }
}
