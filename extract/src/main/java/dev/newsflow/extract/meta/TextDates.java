package dev.newsflow.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first calendar date written in a short text, in the shapes news pages use: numeric day, month and year
 * ({@code 16.03.2020}, {@code 16/03/2020}, {@code 3/16/2020}), year first ({@code 2020-03-16}, {@code 2020/3/16},
 * {@code 2020年3月16日}, {@code 2020년 3월 16일}, {@code 2020. 3. 16.}) and month names in the languages of
 * {@link MonthTable} ({@code 16. März 2020}, {@code 16 de marzo de 2020}, {@code March 16, 2020},
 * {@code 16 марта 2020}, {@code 2020. március 16.}). Only the day is read: the page's own calendar day, without
 * a zone. Stateless and thread-safe; the patterns are compiled once.
 */
final class TextDates {

  /** How to read a numeric date whose day and month could both be either ({@code 03/04/2020}). */
  enum Order { DAY_FIRST, MONTH_FIRST }

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<!\\d)" + YEAR + "\\s?(?:[-/.]|年|년)\\s?(\\d{1,2})\\s?(?:[-/.]|月|월)\\s?(\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?" + YEAR + "(?!\\d)");
  private static final Pattern DAY_NAME = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?(\\p{L}{3,})\\.?,?\\s*(?:de\\s+|del\\s+)?" + YEAR
          + "(?!\\d)");
  private static final Pattern NAME_DAY = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern YEAR_NAME = Pattern.compile(
      "(?<!\\d)" + YEAR + "\\.?\\s+(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?!\\d)");

  private TextDates() {}

  /**
   * The earliest date in the text, or null.
   *
   * @param language the page's ISO 639-1 code (which month names it uses), or null
   * @param order how to read an ambiguous numeric date
   */
  static LocalDate find(String text, String language, Order order) {
    if (text == null || text.isEmpty() || !hasDigit(text)) {
      return null;
    }
    text = asciiDigits(text);
    Found best = null;
    best = earlier(best, yearFirst(text));
    best = earlier(best, numeric(text, order));
    best = earlier(best, named(text, DAY_NAME, 3, 2, 1, language));
    best = earlier(best, named(text, NAME_DAY, 3, 1, 2, language));
    best = earlier(best, named(text, YEAR_NAME, 1, 2, 3, language));
    return best == null ? null : best.date;
  }

  private record Found(int start, LocalDate date) {}

  private static Found earlier(Found a, Found b) {
    return a == null || b != null && b.start < a.start ? b : a;
  }

  private static Found yearFirst(String text) {
    Matcher m = YEAR_FIRST.matcher(text);
    while (m.find()) {
      LocalDate date = date(m.group(1), m.group(2), m.group(3));
      if (date != null) {
        return new Found(m.start(), date);
      }
    }
    return null;
  }

  private static Found numeric(String text, Order order) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      // A dot means day first everywhere; otherwise a number over 12 tells, and the page's custom decides the rest.
      boolean monthFirst = !".".equals(m.group(2)) && (a <= 12 && b > 12 || a <= 12 && order == Order.MONTH_FIRST);
      LocalDate date = monthFirst ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3),
          m.group(1));
      if (date != null) {
        return new Found(m.start(), date);
      }
    }
    return null;
  }

  private static Found named(String text, Pattern pattern, int year, int name, int day, String language) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int month = MonthTable.get().month(m.group(name), language);
      if (month > 0) {
        LocalDate date = date(m.group(year), Integer.toString(month), m.group(day));
        if (date != null) {
          return new Found(m.start(), date);
        }
      }
    }
    return null;
  }

  /** Which order a numeric date with a day over 12 shows ({@code 25/03/2020}: day first), or null. */
  static Order evidence(String text) {
    if (text == null || !hasDigit(text)) {
      return null;
    }
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      if (".".equals(m.group(2))) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a > 12 && b <= 12) {
        return Order.DAY_FIRST;
      }
      if (b > 12 && a <= 12) {
        return Order.MONTH_FIRST;
      }
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null; // 31.02. or a month 13: not a date
    }
  }

  /** Other scripts' digits (Arabic-Indic ٢٠٢٠, full-width ２０２０) as ASCII, which the patterns read. */
  static String asciiDigits(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f && Character.isDigit(c)) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
