package dev.newsflow.extract.html;

import dev.newsflow.extract.ElementAttributes;
import dev.newsflow.extract.html.PageStats.Stat;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The boilerplate decision for one element, taken by the statistics walk when the element ends and its size, link
 * density and content inside are known. Stateless.
 */
final class BoilerplateRules {

  private BoilerplateRules() {}

  /** Hidden by the hidden attribute, aria-hidden or an inline display:none / visibility:hidden style. */
  static boolean isHidden(Element el, ElementAttributes attrs) {
    if (attrs.hidden()) {
      return true;
    }
    if ("true".equals(attrs.ariaHidden()) && !el.nameIs("body")) {
      return true;
    }
    String style = attrs.style();
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * Whether the element is boilerplate: its text then does not count in its ancestors.
   *
   * @param insideQuote whether the element is inside a blockquote
   */
  static boolean isBoilerplate(Stat stat, boolean insideQuote) {
    int kind = stat.kind;
    if (stat.hidden) {
      // Hidden blocks are menus, popups and icons, except prose: pages saved with a consent dialog open hide the
      // page behind it, and "read more" pages hide the rest of the article until a click.
      return !isProse(stat);
    }
    if ((kind & TagKinds.FIGURE) != 0) {
      // images with captions and credits, unless the figure holds a quote, an embedded post or a table
      return stat.quoteText == 0 && stat.tableText == 0;
    }
    if ((kind & TagKinds.CHROME) != 0) {
      return stat.text < 1500 || stat.linkDensity() > 0.3;
    }
    if ((stat.hints & ClassIdHints.ARTICLE_BODY) != 0 || (kind & TagKinds.NEVER_EXCLUDED) != 0
        || (stat.hints & ClassIdHints.NEGATIVE) == 0) {
      return false;
    }
    if (stat.text > 0 && stat.articleInside >= stat.text / 2) {
      return false; // a wrapper of the article element, whatever its name
    }
    if (stat.linkDensity() > 0.4 || (stat.hints & ClassIdHints.STRONG_NEGATIVE) != 0) {
      return true; // comments, related, ... even when their entries are called "content"
    }
    if ((kind & TagKinds.QUOTE) != 0 || insideQuote) {
      return false; // layout words on a quote or inside it ("blockquote-embed") do not make it boilerplate
    }
    if (stat.quoteText > 0 && stat.quoteText >= stat.text / 2) {
      return false; // an embedded post or quote in a "widget" or "embed" box is part of the story
    }
    if (isProse(stat)) {
      return false; // prose under a layout word, e.g. the rest of the article behind a "paywall" class
    }
    if (stat.text < 500) {
      return true;
    }
    // A large layout wrapper that holds content stays, e.g. "has-sidebar" or "article-body overlay-handle".
    return (stat.hints & ClassIdHints.POSITIVE) == 0 && stat.contentInside < stat.text / 2;
  }

  private static boolean isProse(Stat stat) {
    return stat.proseParagraphs >= 3 && stat.linkDensity() < 0.15;
  }
}
