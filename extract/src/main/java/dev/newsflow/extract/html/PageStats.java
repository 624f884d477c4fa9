package dev.newsflow.extract.html;

import dev.newsflow.extract.AttributeMemo;
import dev.newsflow.extract.ElementAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The tag's {@link Kinds} bits. */
    final int kind;
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
    /** Whether the element is inside an excluded or skipped block: 0 not known yet, 1 yes, -1 no. */
    byte inExcluded;

    Stat(Element element, int kind, int hints) {
      this.element = element;
      this.kind = kind;
      this.hints = hints;
    }

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  /**
   * What the statistics need to know about a tag, as bits: one map lookup per element instead of a set lookup per
   * question (the walk visits every element of the page, so its per-element cost adds up).
   */
  static final class Kinds {
    /** Never article text: skipped with their whole subtree. */
    static final int SKIPPED = 1;
    /** Inline tags whose class and id are not read: they never decide a block (a third of a page's elements). */
    static final int UNHINTED = 1 << 1;
    /** Page chrome by tag, kept only when it holds a large low-link text (some sites wrap everything in them). */
    static final int CHROME = 1 << 2;
    /** Containers never excluded by class/id words. */
    static final int NEVER_EXCLUDED = 1 << 3;
    /** Tags that are paragraphs for scoring. */
    static final int PARAGRAPH = 1 << 4;
    /** Containers whose direct text counts as a paragraph (old layouts with text and br in a div). */
    static final int TEXT_CONTAINER = 1 << 5;
    /** The article element by tag ({@code article}, {@code main}). */
    static final int ARTICLE = 1 << 6;
    static final int LINK = 1 << 7;
    static final int QUOTE = 1 << 8;
    static final int IMAGE = 1 << 9;
    static final int TABLE = 1 << 10;
    static final int P = 1 << 11;
    static final int FIGURE = 1 << 12;

    private static final Map<String, Integer> BY_TAG = byTag();

    private Kinds() {}

    static int of(String tag) {
      Integer kind = BY_TAG.get(tag);
      return kind == null ? 0 : kind;
    }

    private static Map<String, Integer> byTag() {
      Map<String, Integer> kinds = new HashMap<>();
      add(kinds, SKIPPED, "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
          "textarea", "input", "object", "embed", "canvas", "video", "audio", "map", "head", "title", "meta", "link",
          "dialog", "nav", "menu", "aside", "figcaption", "picture");
      add(kinds, UNHINTED, "a", "img", "br", "b", "i", "em", "strong", "source", "path", "wbr", "u", "sup", "sub");
      add(kinds, CHROME, "header", "footer");
      add(kinds, NEVER_EXCLUDED, "html", "body", "article", "main");
      add(kinds, PARAGRAPH, "p", "pre", "td", "blockquote", "dd", "li");
      add(kinds, TEXT_CONTAINER, "div", "section", "article", "main", "font", "center", "span", "body");
      add(kinds, ARTICLE, "article", "main");
      add(kinds, LINK, "a");
      add(kinds, QUOTE, "blockquote");
      add(kinds, IMAGE, "img");
      add(kinds, TABLE, "table");
      add(kinds, P, "p");
      add(kinds, FIGURE, "figure");
      return Map.copyOf(kinds);
    }

    private static void add(Map<String, Integer> kinds, int bit, String... tags) {
      for (String tag : tags) {
        kinds.merge(tag, bit, (a, b) -> a | b);
      }
    }
  }

  private final Map<Element, Stat> stats = new IdentityHashMap<>(1024);
  private final List<Stat> paragraphs = new ArrayList<>();

  private final Element root;
  /** Scratch list for {@link #isExcluded}. */
  private final List<Stat> path = new ArrayList<>();

  private PageStats(Element root) {
    this.root = root;
  }

  /** Gathers the statistics of {@code root} and everything below it. */
  static PageStats of(Element root) {
    PageStats page = new PageStats(root);
    NodeTraversor.filter(page.new Collector(new ElementAttributes()), root);
    return page;
  }

  /**
   * Statistics of {@code root} to be gathered by a walk of the whole document that {@code root} is part of (see
   * {@link SharedWalk}): give {@link #collector(ElementAttributes)} to the walk; the statistics are complete when it
   * ends.
   */
  static PageStats ofWalk(Element root) {
    return new PageStats(root);
  }

  /**
   * A filter for a walk of the root's document: it skips everything outside the root and gathers the rest.
   *
   * @param attributes the walk's shared attribute reader
   */
  NodeFilter collector(ElementAttributes attributes) {
    return new Within(root, new Collector(attributes));
  }

  /** The statistics of an element, or null if it was skipped (script, navigation, hidden, ...). */
  Stat get(Element el) {
    return stats.get(el);
  }

  /**
   * True if the element or one of its ancestors was skipped or excluded as boilerplate. Answers are remembered on
   * the way up, so asking for every paragraph of a page costs about one pass over its elements.
   */
  boolean isExcluded(Element el) {
    boolean excluded = false;
    int from = path.size();
    for (Element e = el; e != null; e = e.parent()) {
      Stat s = stats.get(e);
      if (s == null || s.excluded) {
        excluded = true;
        break;
      }
      if (s.inExcluded != 0) {
        excluded = s.inExcluded > 0;
        break;
      }
      path.add(s);
      if (e == root) {
        break;
      }
    }
    for (int i = path.size() - 1; i >= from; i--) {
      path.remove(i).inExcluded = (byte) (excluded ? 1 : -1);
    }
    return excluded;
  }

  /** The paragraph-like elements (p, pre, td, blockquote, and containers with direct text), in page order. */
  List<Stat> paragraphs() {
    return paragraphs;
  }

  private static boolean isHidden(Element el, ElementAttributes attrs) {
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

  /** Hands the nodes of one subtree to a filter and skips all that is outside it. */
  private static final class Within implements NodeFilter {
    private final Element root;
  /** Scratch list for {@link #isExcluded}. */
  private final List<Stat> path = new ArrayList<>();
    private final NodeFilter filter;
    private boolean inside;

    Within(Element root, NodeFilter filter) {
      this.root = root;
      this.filter = filter;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node == root) {
        FilterResult result = filter.head(node, depth);
        inside = result != FilterResult.SKIP_ENTIRELY; // a skipped root gets no tail call
        return result;
      }
      if (inside) {
        return filter.head(node, depth);
      }
      return isAncestorOfRoot(node) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!inside) {
        return FilterResult.CONTINUE;
      }
      if (node == root) {
        inside = false;
      }
      return filter.tail(node, depth);
    }

    private boolean isAncestorOfRoot(Node node) {
      for (Node n = root.parentNode(); n != null; n = n.parentNode()) {
        if (n == node) {
          return true;
        }
      }
      return false;
    }
  }

  private final class Collector implements NodeFilter {
    private final ArrayList<Stat> stack = new ArrayList<>();
    private final AttributeMemo classHints = ClassIdHints.classMemo();
    private final ElementAttributes attributes;
    private int linkDepth;
    private int quoteDepth;

    Collector(ElementAttributes attributes) {
      this.attributes = attributes;
    }

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
      int kind = Kinds.of(el.normalName());
      if ((kind & Kinds.SKIPPED) != 0) {
        return FilterResult.SKIP_ENTIRELY;
      }
      ElementAttributes attrs = (kind & Kinds.UNHINTED) != 0 ? null : attributes.of(el);
      attrs = attrs == null || !attrs.any() ? null : attrs;
      Stat stat = new Stat(el, kind, attrs == null ? 0 : ClassIdHints.of(attrs, classHints));
      stat.hidden = attrs != null && isHidden(el, attrs);
      stats.put(el, stat);
      stack.add(stat);
      if ((kind & Kinds.LINK) != 0) {
        linkDepth++;
      } else if ((kind & Kinds.QUOTE) != 0) {
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
      int kind = stat.kind;
      if ((kind & Kinds.LINK) != 0) {
        linkDepth--;
      } else if ((kind & Kinds.QUOTE) != 0) {
        quoteDepth--;
      }
      stat.excluded = isBoilerplate(stat);
      if (!stat.excluded) {
        if ((kind & Kinds.PARAGRAPH) != 0 || (kind & Kinds.TEXT_CONTAINER) != 0 && stat.ownText >= 25) {
          paragraphs.add(stat);
        }
        if (!stack.isEmpty()) {
          Stat parent = stack.get(stack.size() - 1);
          parent.text += stat.text;
          parent.link += stat.link;
          parent.commas += stat.commas;
          parent.images += stat.images + ((kind & Kinds.IMAGE) != 0 ? 1 : 0);
          parent.links += stat.links + ((kind & Kinds.LINK) != 0 ? 1 : 0);
          parent.quoteText += (kind & Kinds.QUOTE) != 0 ? stat.text : stat.quoteText;
          parent.tableText += (kind & Kinds.TABLE) != 0 ? stat.text : stat.tableText;
          parent.proseParagraphs += stat.proseParagraphs
              + ((kind & Kinds.P) != 0 && stat.text >= 80 && stat.linkDensity() < 0.2 ? 1 : 0);
          boolean article = isArticleMarked(stat);
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
        if (c > ' ' && c < 0x7f) { // ASCII fast path: most of a page's text
          chars++;
          if (c == ',') {
            commas++;
          }
        } else if (!Character.isWhitespace(c) && c != '\u00a0') {
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

    private boolean isBoilerplate(Stat stat) {
      int kind = stat.kind;
      if (stat.hidden) {
        // Hidden blocks are menus, popups and icons, except prose: pages saved with a consent dialog open hide the
        // page behind it, and "read more" pages hide the rest of the article until a click.
        return !isProse(stat);
      }
      if ((kind & Kinds.FIGURE) != 0) {
        // images with captions and credits, unless the figure holds a quote, an embedded post or a table
        return stat.quoteText == 0 && stat.tableText == 0;
      }
      if ((kind & Kinds.CHROME) != 0) {
        return stat.text < 1500 || stat.linkDensity() > 0.3;
      }
      if ((stat.hints & ClassIdHints.ARTICLE_BODY) != 0 || (kind & Kinds.NEVER_EXCLUDED) != 0
          || (stat.hints & ClassIdHints.NEGATIVE) == 0) {
        return false;
      }
      if (stat.text > 0 && stat.articleInside >= stat.text / 2) {
        return false; // a wrapper of the article element, whatever its name
      }
      if (stat.linkDensity() > 0.4 || (stat.hints & ClassIdHints.STRONG_NEGATIVE) != 0) {
        return true; // comments, related, ... even when their entries are called "content"
      }
      if ((kind & Kinds.QUOTE) != 0 || quoteDepth > 0) {
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

    private boolean isArticleMarked(Stat stat) {
      int hints = stat.hints;
      return (hints & ClassIdHints.NEGATIVE) == 0
          && ((hints & ClassIdHints.ARTICLE_BODY) != 0 || (stat.kind & Kinds.ARTICLE) != 0);
    }

    private boolean isContentMarked(Stat stat) {
      return (stat.hints & ClassIdHints.POSITIVE) != 0 && (stat.hints & ClassIdHints.NEGATIVE) == 0;
    }
  }
}
