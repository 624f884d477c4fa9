package dev.newsflow.extract.meta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English dates with month names as bylines and some JSON-LD write them: "Nov 20, 2019", "18 November 2019",
 * "01:38:07 PM IST Nov 20, 2019". Common zone abbreviations are honoured, others read as UTC. Stateless.
 */
final class MonthNames {

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern OFFSET = Pattern.compile("Z|[+-]\\d{2}:?\\d{2}");
  private static final Pattern TIME = Pattern.compile(
      "(?i)\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*([A-Z]{2,5}|[+-]\\d{2}:?\\d{2}))?\\b");
  private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UTC", "Z"), Map.entry("GMT", "Z"),
      Map.entry("IST", "+05:30"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
      Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"),
      Map.entry("PDT", "-07:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("BST", "+01:00"),
      Map.entry("JST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"));
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private MonthNames() {}

  static PageDate parse(String s) {
    Matcher mdy = MONTH_DAY_YEAR.matcher(s);
    LocalDate date;
    if (mdy.find()) {
      date = LocalDate.of(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
    } else {
      Matcher dmy = DAY_MONTH_YEAR.matcher(s);
      if (!dmy.find()) {
        return null;
      }
      date = LocalDate.of(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
    }
    Matcher t = TIME.matcher(s);
    if (!t.find()) {
      return PageDate.of(date);
    }
    int hour = Integer.parseInt(t.group(1)) % 12 == 0 && t.group(4) != null ? 0 : Integer.parseInt(t.group(1));
    if (t.group(4) != null && Character.toLowerCase(t.group(4).charAt(0)) == 'p') {
      hour += 12;
    }
    LocalTime time = LocalTime.of(hour, Integer.parseInt(t.group(2)), t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
    String zone = t.group(5) == null ? null : ZONES.getOrDefault(t.group(5).toUpperCase(Locale.ROOT), t.group(5));
    ZoneOffset offset = zone == null || !OFFSET.matcher(zone).matches() ? null : Dates.offset(zone);
    return PageDate.of(date.atTime(time), offset);
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
  }
}
