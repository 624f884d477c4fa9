package dev.newsflow.extract.meta;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last resort for a publish date: a date written just above or below the headline, where pages without
 * markup put it ("Hamburg, 2. November 2021", "22/11/2020 - 04:30"). Reads the siblings of the article's h1 and
 * of its parents, a few hundred characters at most. Stateless.
 */
final class HeadlineDates {

  private static final Evaluator ARTICLE = QueryParser.parse("article, main, [itemprop=articleBody]");
  private static final int BEFORE_CHARS = 150;
  private static final int AFTER_CHARS = 400;
  private static final int LEVELS = 3;

  private HeadlineDates() {}

  /** The first date after the headline, else the last one just before it; null when there is no h1 or date. */
  static PageDate near(List<Element> h1s, String language, TextDates.Order order) {
    Element h1 = headline(h1s);
    if (h1 == null) {
      return null;
    }
    LocalDate day = TextDates.find(after(h1), language, order);
    if (day == null) {
      day = TextDates.find(before(h1), language, order);
    }
    return day == null ? null : PageDate.of(day);
  }

  private static Element headline(List<Element> h1s) {
    for (Element h1 : h1s) {
      if (h1.closest(ARTICLE) != null) {
        return h1;
      }
    }
    return h1s.isEmpty() ? null : h1s.get(0);
  }

  private static String after(Element h1) {
    StringBuilder sb = new StringBuilder();
    Element level = h1;
    for (int i = 0; i < LEVELS && level != null && sb.length() < AFTER_CHARS; i++) {
      for (Element next = level.nextElementSibling(); next != null && sb.length() < AFTER_CHARS;
          next = next.nextElementSibling()) {
        sb.append(' ').append(next.text());
      }
      level = level.parent();
    }
    return sb.length() > AFTER_CHARS ? sb.substring(0, AFTER_CHARS) : sb.toString();
  }

  private static String before(Element h1) {
    Element previous = h1.previousElementSibling();
    if (previous == null) {
      return "";
    }
    String text = previous.text();
    return text.length() > BEFORE_CHARS ? text.substring(text.length() - BEFORE_CHARS) : text;
  }
}
