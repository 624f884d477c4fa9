package dev.newsflow.enrich.clean.html;

import dev.newsflow.enrich.clean.TextNormalizer;
import dev.newsflow.enrich.clean.meta.JsonLd;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article body of a page and returns it as clean text, boilerplate removed.
 *
 * <p>Stateless and thread-safe.
 */
public final class MainTextExtractor {

  /** Elements that are never article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, iframe, form, button, nav, header, footer, aside, menu";
  /** Class or id words that mark boilerplate blocks. */
  private static final String BOILERPLATE =
      "[class~=(?i)(^|[-_ ])(share|social|related|comments?|cookie|consent|newsletter|promo|advert|ad|ads|"
          + "sidebar|breadcrumbs?|subscribe|recommended|most-read|popular)([-_ ]|$)], "
          + "[id~=(?i)(^|[-_ ])(share|social|related|comments?|cookie|consent|newsletter|promo|advert|"
          + "sidebar|breadcrumbs?|subscribe|recommended|most-read|popular)([-_ ]|$)]";
  private static final String TEXT_BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  /**
   * Extracts the main text.
   *
   * @param doc the parsed page; not modified
   * @param jsonLd the page's JSON-LD
   * @param title the page's title, so a repeated headline is not counted as body
   */
  public MainText extract(Document doc, JsonLd jsonLd, String title) {
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    root = root.clone();
    root.select(NEVER_TEXT).remove();
    root.select(BOILERPLATE).remove();
    Elements blocks = root.select(TEXT_BLOCKS);
    StringBuilder text = new StringBuilder();
    for (Element block : blocks) {
      // Nested blocks (a p inside an li) would be counted twice; keep the innermost text holders only.
      if (!block.select(TEXT_BLOCKS).stream().allMatch(e -> e == block)) {
        continue;
      }
      String line = block.text().strip();
      if (!line.isEmpty() && !line.equals(title)) {
        text.append(line).append("\n\n");
      }
    }
    if (text.length() == 0) {
      text.append(root.wholeText());
    }
    List<String> warnings = new ArrayList<>();
    String clean = TextNormalizer.normalize(text.toString());
    if (clean.isEmpty()) {
      warnings.add("no article text found");
    }
    return new MainText(clean, "dom", warnings);
  }
}
