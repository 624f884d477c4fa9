package dev.newsflow.extract.meta;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The last resort for a publish date: the text of a short date element in the byline or the article
 * ({@code <span class="datetime">Monday, November 18, 2019</span>}). Dates elsewhere (sidebars, lists of other
 * posts, comments) are left alone: they date other things. Stateless.
 */
final class DateTexts {

  private static final String ARTICLE = "article, [class*=byline], [itemprop=articleBody], main";
  private static final String ELSEWHERE = "aside, nav, footer, [class*=comment], [class*=sidebar], [class*=related]";
  private static final int MAX_CHARS = 60;

  private DateTexts() {}

  /** The first readable date among candidates (classes with date, time or publish) in the byline or article. */
  static String published(List<Element> candidates) {
    for (Element el : candidates) {
      String text = el.text();
      if (!text.isBlank() && text.length() <= MAX_CHARS && el.closest(ARTICLE) != null
          && el.closest(ELSEWHERE) == null && Dates.parse(text) != null) {
        return text;
      }
    }
    return null;
  }
}
