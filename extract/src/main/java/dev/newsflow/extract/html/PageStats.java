package dev.newsflow.extract.html;

import dev.newsflow.extract.ElementAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Per-element text statistics of a page, gathered in ONE traversal, and the boilerplate decision for each element.
 *
 * <p>For every visited element it records the length of its visible text (non-whitespace characters), how much of
 * it sits inside links, its commas, and its direct (own) text. Elements that never hold article text (scripts,
 * navigation, hidden blocks) are skipped whole; elements whose class/id mark boilerplate are decided bottom-up,
 * when their size and link density are known, and an excluded element's text is not counted in its ancestors.
 * The walk is {@link StatsCollector}, the decision {@link BoilerplateRules}, what a tag is {@link TagKinds}.
 *
 * <p>Built per page and not shared; the class itself holds no global state.
 */
final class PageStats {

  /** Statistics of one element. */
  static final class Stat {
    final Element element;
    /** The tag's {@link TagKinds} bits. */
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
    NodeTraversor.filter(new StatsCollector(page.stats, page.paragraphs, new ElementAttributes()), root);
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
    return new WithinSubtree(root, new StatsCollector(stats, paragraphs, attributes));
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
}
