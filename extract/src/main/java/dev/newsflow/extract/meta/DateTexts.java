package dev.newsflow.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Publish dates written in elements rather than declared: date-classed spans and bylines
 * ({@code <span class="entry-date">23. Juli 2017</span>}), microdata on visible elements, time elements without a
 * machine-readable datetime. An attribute that holds a date ({@code datetime}, {@code content}, {@code title})
 * wins over the text. Dates elsewhere (sidebars, navigation, footers, comments, related stories) are left alone:
 * they date other things; so are elements marked as the update time. Stateless.
 */
final class DateTexts {

  private static final Evaluator ARTICLE = QueryParser.parse(
      "article, main, header, [class*=byline], [itemprop=articleBody], [class*=article], [class*=post]");
  // Not form (ASP.NET pages wrap everything in one), nor classes "sidebar" or "widget": themes put them on the
  // main column too.
  private static final Evaluator ELSEWHERE = QueryParser.parse("aside, nav, footer, [class*=comment], "
      + "[id*=comment], [id*=sidebar], [class*=related], [class*=teaser], [class*=recent]");
  private static final String[] DATE_ATTRIBUTES = {"datetime", "content", "title"};
  /** Longer texts are containers or prose, whose dates are about something else. */
  private static final int MAX_CHARS = 100;

  private DateTexts() {}

  /**
   * The date of the first candidate inside the article (or byline, header), else of the first one outside the
   * places that date other things; null when none reads as a date.
   */
  static PageDate published(List<Element> candidates, String language, TextDates.Order order) {
    PageDate outside = null;
    for (Element el : candidates) {
      if (isUpdate(el) || el.closest(ELSEWHERE) != null) {
        continue;
      }
      PageDate date = read(el, language, order);
      if (date == null) {
        continue;
      }
      if (el.closest(ARTICLE) != null) {
        return date;
      }
      if (outside == null) {
        outside = date;
      }
    }
    return outside;
  }

  /** The date an element's attributes or short text hold, or null. */
  static PageDate read(Element el, String language, TextDates.Order order) {
    for (String attr : DATE_ATTRIBUTES) {
      String value = el.attr(attr);
      if (!value.isBlank() && value.length() <= MAX_CHARS) {
        PageDate date = Dates.read(value);
        if (date == null) {
          LocalDate day = TextDates.find(value, language, order);
          date = day == null ? null : PageDate.of(day);
        }
        if (date != null) {
          return date;
        }
      }
    }
    String text = el.text();
    if (text.isBlank() || text.length() > MAX_CHARS) {
      return null;
    }
    LocalDate day = TextDates.find(text, language, order);
    return day == null ? null : PageDate.of(day);
  }

  private static boolean isUpdate(Element el) {
    String cls = el.className().toLowerCase(Locale.ROOT);
    return cls.contains("updat") || cls.contains("modif");
  }
}
