package dev.newsflow.enrich.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Per-element text statistics of a page, gathered in ONE traversal, and the boilerplate decision for each element.
 *
 * <p>For every visited element it records the length of its visible text (non-whitespace characters), how much of
 * it sits inside links, its commas, and its direct (own) text. Elements that never hold article text (scripts,
 * navigation, hidden blocks) are skipped whole; elements whose class/id mark boilerplate are decided bottom-up,
 * when their size and link density are known, and an excluded element's text is not counted in its ancestors.
 *
 * <p>Built per page and not shared; the class itself holds no global state.
 */
final class PageStats {

  /** Statistics of one element. */
  static final class Stat {
    final Element element;
    final int hints;
    int text;
    int link;
    int commas;
    int ownText;
    /** Hidden by the hidden attribute, aria-hidden or an inline display:none / visibility:hidden style. */
    boolean hidden;
    /** Text inside blockquote elements (quotes, embedded posts). */
    int quoteText;
    /** Text inside tables. */
    int tableText;
    /** Links inside. */
    int links;
    /** Images inside. */
    int images;
    /** Prose paragraphs inside: p elements of 80+ characters with few links. */
    int proseParagraphs;
    /** Text of the largest content-marked block inside (article, main, class "entry-content", ...). */
    int contentInside;
    /** Text of the largest article element inside ({@code article}, {@code main}, itemprop articleBody). */
    int articleInside;
    boolean excluded;

    Stat(Element element, int hints) {
      this.element = element;
      this.hints = hints;
    }

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  /** Never article text: skipped with their whole subtree. */
  private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "button", "select", "option", "textarea", "input", "object", "embed", "canvas", "video", "audio", "map",
      "head", "title", "meta", "link", "dialog", "nav", "menu", "aside", "figcaption", "picture");
  /** Inline tags whose class and id are not read: they never decide a block (a third of a page's elements). */
  private static final Set<String> UNHINTED_TAGS = Set.of("a", "img", "br", "b", "i", "em", "strong", "source",
      "path", "wbr", "u", "sup", "sub");
  /** Page chrome by tag, kept only when it holds a large low-link text (some sites wrap everything in them). */
  private static final Set<String> CHROME_TAGS = Set.of("header", "footer");
  /** Containers never excluded by class/id words. */
  private static final Set<String> NEVER_EXCLUDED = Set.of("html", "body", "article", "main");
  /** Tags that are paragraphs for scoring. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
  /** Containers whose direct text counts as a paragraph (old layouts with text and br in a div). */
  private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "font", "center",
      "span", "body");

  private final Map<Element, Stat> stats = new IdentityHashMap<>(1024);
  private final List<Stat> paragraphs = new ArrayList<>();

  private final Element root;

  private PageStats(Element root) {
    this.root = root;
  }

  /** Gathers the statistics of {@code root} and everything below it. */
  static PageStats of(Element root) {
    PageStats page = new PageStats(root);
    NodeTraversor.filter(page.new Collector(), root);
    return page;
  }

  /** The statistics of an element, or null if it was skipped (script, navigation, hidden, ...). */
  Stat get(Element el) {
    return stats.get(el);
  }

  /** True if the element or one of its ancestors was skipped or excluded as boilerplate. */
  boolean isExcluded(Element el) {
    for (Element e = el; e != null; e = e.parent()) {
      Stat s = stats.get(e);
      if (s == null || s.excluded) {
        return true;
      }
      if (e == root) {
        break;
      }
    }
    return false;
  }

  /** The paragraph-like elements (p, pre, td, blockquote, and containers with direct text), in page order. */
  List<Stat> paragraphs() {
    return paragraphs;
  }

  private static boolean isHidden(Element el) {
    if (el.attributesSize() == 0) {
      return false;
    }
    Attributes attrs = el.attributes();
    if (attrs.hasKey("hidden")) {
      return true;
    }
    if ("true".equals(attrs.get("aria-hidden")) && !el.nameIs("body")) {
      return true;
    }
    String style = attrs.get("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private final class Collector implements NodeFilter {
    private final ArrayList<Stat> stack = new ArrayList<>();
    private final Map<String, Integer> classHints = new HashMap<>();
    private int linkDepth;
    private int quoteDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (!stack.isEmpty()) {
          count(text.getWholeText(), stack.get(stack.size() - 1));
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = el.normalName();
      if (SKIPPED_TAGS.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean hinted = el.attributesSize() > 0 && !UNHINTED_TAGS.contains(tag);
      Stat stat = new Stat(el, hinted ? ClassIdHints.of(el, classHints) : 0);
      stat.hidden = hinted && isHidden(el);
      stats.put(el, stat);
      stack.add(stat);
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("blockquote")) {
        quoteDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return FilterResult.CONTINUE;
      }
      Stat stat = stack.remove(stack.size() - 1);
      String tag = el.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("blockquote")) {
        quoteDepth--;
      }
      stat.excluded = isBoilerplate(tag, stat);
      if (!stat.excluded) {
        if (PARAGRAPH_TAGS.contains(tag) || TEXT_CONTAINERS.contains(tag) && stat.ownText >= 25) {
          paragraphs.add(stat);
        }
        if (!stack.isEmpty()) {
          Stat parent = stack.get(stack.size() - 1);
          parent.text += stat.text;
          parent.link += stat.link;
          parent.commas += stat.commas;
          parent.images += stat.images + (tag.equals("img") ? 1 : 0);
          parent.links += stat.links + (tag.equals("a") ? 1 : 0);
          parent.quoteText += tag.equals("blockquote") ? stat.text : stat.quoteText;
          parent.tableText += tag.equals("table") ? stat.text : stat.tableText;
          parent.proseParagraphs += stat.proseParagraphs
              + (tag.equals("p") && stat.text >= 80 && stat.linkDensity() < 0.2 ? 1 : 0);
          boolean article = isArticleMarked(tag, stat);
          int content = article || isContentMarked(stat) ? stat.text : stat.contentInside;
          parent.contentInside = Math.max(parent.contentInside, content);
          parent.articleInside = Math.max(parent.articleInside, article ? stat.text : stat.articleInside);
        }
      }
      return FilterResult.CONTINUE;
    }

    private void count(String text, Stat owner) {
      int chars = 0;
      int commas = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u00a0') {
          chars++;
          if (c == ',' || c == '\uff0c' || c == '\u060c') {
            commas++;
          }
        }
      }
      owner.text += chars;
      owner.ownText += chars;
      owner.commas += commas;
      if (linkDepth > 0) {
        owner.link += chars;
      }
    }

    private boolean isBoilerplate(String tag, Stat stat) {
      if (stat.hidden) {
        // Hidden blocks are menus, popups and icons, except prose: pages saved with a consent dialog open hide the
        // page behind it, and "read more" pages hide the rest of the article until a click.
        return !isProse(stat);
      }
      if (tag.equals("figure")) {
        // images with captions and credits, unless the figure holds a quote, an embedded post or a table
        return stat.quoteText == 0 && stat.tableText == 0;
      }
      if (CHROME_TAGS.contains(tag)) {
        return stat.text < 1500 || stat.linkDensity() > 0.3;
      }
      if ((stat.hints & ClassIdHints.ARTICLE_BODY) != 0 || NEVER_EXCLUDED.contains(tag)
          || (stat.hints & ClassIdHints.NEGATIVE) == 0) {
        return false;
      }
      if (stat.text > 0 && stat.articleInside >= stat.text / 2) {
        return false; // a wrapper of the article element, whatever its name
      }
      if (stat.linkDensity() > 0.4 || (stat.hints & ClassIdHints.STRONG_NEGATIVE) != 0) {
        return true; // comments, related, ... even when their entries are called "content"
      }
      if (tag.equals("blockquote") || quoteDepth > 0) {
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

    private boolean isProse(Stat stat) {
      return stat.proseParagraphs >= 3 && stat.linkDensity() < 0.15;
    }

    private boolean isArticleMarked(String tag, Stat stat) {
      int hints = stat.hints;
      return (hints & ClassIdHints.NEGATIVE) == 0
          && ((hints & ClassIdHints.ARTICLE_BODY) != 0 || tag.equals("article") || tag.equals("main"));
    }

    private boolean isContentMarked(Stat stat) {
      return (stat.hints & ClassIdHints.POSITIVE) != 0 && (stat.hints & ClassIdHints.NEGATIVE) == 0;
    }
  }
}
