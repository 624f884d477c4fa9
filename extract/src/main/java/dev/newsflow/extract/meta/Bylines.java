package dev.newsflow.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Texts of byline elements (itemprop or class author/byline), the last resort for authors. Stateless. */
final class Bylines {

  /** Longer texts are author bio boxes or whole articles marked up as by an author, not bylines. */
  private static final int MAX_CHARS = 120;
  private static final int MAX_ELEMENTS = 6;
  private static final Evaluator OUTSIDE_ARTICLE =
      QueryParser.parse("form, #comments, .comments, .comment, #respond, aside");

  private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");

  private Bylines() {}

  /** Texts of the byline candidates (itemprop author; classes byline, author, article-author, author-name). */
  static List<String> texts(List<Element> candidates) {
    List<String> texts = new ArrayList<>();
    for (Element el : candidates) {
      if (el.closest(OUTSIDE_ARTICLE) != null) {
        continue; // A comment form's "Name" field or a commenter is not the article's author.
      }
      Element name = el.selectFirst(NAME);
      String text = (name != null ? name : el).text();
      if (!text.isBlank() && text.length() <= MAX_CHARS && !texts.contains(text)) {
        texts.add(text);
        if (texts.size() == MAX_ELEMENTS) {
          break;
        }
      }
    }
    return texts;
  }
}
