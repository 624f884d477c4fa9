package dev.newsflow.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The JSON-LD {@code articleBody}: turned into paragraphs (some sites put HTML in it) and checked against the DOM
 * text, so a body that belongs to something else on the page is not taken.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonLdBody {

  private JsonLdBody() {}

  /** The body as plain text; HTML markup inside it becomes paragraphs. */
  static String toText(String articleBody) {
    if (articleBody.contains("&lt;") && articleBody.contains("&gt;")) {
      articleBody = Parser.unescapeEntities(articleBody, false); // HTML escaped twice, once for the JSON
    }
    if (articleBody.indexOf('<') < 0 || articleBody.indexOf('>') < 0) {
      return articleBody;
    }
    Document fragment = Jsoup.parseBodyFragment(articleBody);
    List<String> paragraphs = new ArrayList<>();
    new BlockTextCollector().collect(fragment.body(), PageStats.of(fragment.body()), paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /**
   * True when the two texts tell the same story: most longer words of the DOM text occur in the JSON-LD text, or the
   * DOM text is too short to judge.
   */
  static boolean agrees(String jsonLdText, String domText) {
    Set<String> dom = words(domText);
    if (dom.size() < 20) {
      return true;
    }
    Set<String> ld = words(jsonLdText);
    int shared = 0;
    for (String w : dom) {
      if (ld.contains(w)) {
        shared++;
      }
    }
    return shared >= dom.size() * 0.5;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : ParagraphCleanup.key(text).split(" ")) {
      if (w.length() >= 4) {
        words.add(w);
      }
    }
    return words;
  }
}
