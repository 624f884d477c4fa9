package dev.newsflow.extract.meta;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Dates from {@code <time datetime>} elements. A page has many (comments, related stories), so marked ones win:
 * {@code itemprop} or {@code pubdate} first, then one inside the {@code <article>}, then the first on the page.
 * Stateless.
 */
final class Times {

  private static final Evaluator ARTICLE = QueryParser.parse("article");

  private Times() {}

  /** The datetime of the time element that most likely dates the article, or null. */
  static String published(List<Element> times) {
    return pick(times, "datepublished", "publish");
  }

  /** The datetime of a time element marked as the update time, or null (unmarked ones are publish dates). */
  static String modified(List<Element> times) {
    for (Element time : times) {
      if (time.hasAttr("datetime") && marked(time, "datemodified", "updat", "modif")) {
        return time.attr("datetime");
      }
    }
    return null;
  }

  private static String pick(List<Element> times, String itemprop, String classHint) {
    Element inArticle = null;
    Element first = null;
    for (Element time : times) {
      if (!time.hasAttr("datetime") || time.attr("datetime").isBlank()) {
        continue;
      }
      if (time.hasAttr("pubdate") || marked(time, itemprop, classHint)) {
        return time.attr("datetime");
      }
      boolean isUpdate = marked(time, "datemodified", "updat", "modif");
      if (!isUpdate && inArticle == null && time.closest(ARTICLE) != null) {
        inArticle = time;
      }
      if (!isUpdate && first == null) {
        first = time;
      }
    }
    Element best = inArticle != null ? inArticle : first;
    return best == null ? null : best.attr("datetime");
  }

  private static boolean marked(Element time, String itemprop, String... classHints) {
    if (time.attr("itemprop").toLowerCase(Locale.ROOT).equals(itemprop)) {
      return true;
    }
    String cls = time.className().toLowerCase(Locale.ROOT);
    for (String hint : classHints) {
      if (cls.contains(hint)) {
        return true;
      }
    }
    return false;
  }
}
