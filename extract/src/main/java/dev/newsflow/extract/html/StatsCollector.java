package dev.newsflow.extract.html;

import dev.newsflow.extract.AttributeMemo;
import dev.newsflow.extract.ElementAttributes;
import dev.newsflow.extract.html.PageStats.Stat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The walk that fills a {@link PageStats}: counts the text of each element on the way down, decides boilerplate
 * ({@link BoilerplateRules}) on the way up and adds what is kept to the parent. One per walk; not thread-safe.
 */
final class StatsCollector implements NodeFilter {
  private final Map<Element, Stat> stats;
  private final List<Stat> paragraphs;
  private final ArrayList<Stat> stack = new ArrayList<>();
  private final AttributeMemo classHints = ClassIdHints.classMemo();
  private final ElementAttributes attributes;
  private int linkDepth;
  private int quoteDepth;

  /**
   * @param stats where each visited element's statistics go
   * @param paragraphs where the paragraph-like elements go, in page order
   * @param attributes the walk's attribute reader
   */
  StatsCollector(Map<Element, Stat> stats, List<Stat> paragraphs, ElementAttributes attributes) {
    this.stats = stats;
    this.paragraphs = paragraphs;
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
    int kind = TagKinds.of(el.normalName());
    if ((kind & TagKinds.SKIPPED) != 0) {
      return FilterResult.SKIP_ENTIRELY;
    }
    ElementAttributes attrs = (kind & TagKinds.UNHINTED) != 0 ? null : attributes.of(el);
    attrs = attrs == null || !attrs.any() ? null : attrs;
    Stat stat = new Stat(el, kind, attrs == null ? 0 : ClassIdHints.of(attrs, classHints));
    stat.hidden = attrs != null && BoilerplateRules.isHidden(el, attrs);
    stats.put(el, stat);
    stack.add(stat);
    if ((kind & TagKinds.LINK) != 0) {
      linkDepth++;
    } else if ((kind & TagKinds.QUOTE) != 0) {
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
    if ((kind & TagKinds.LINK) != 0) {
      linkDepth--;
    } else if ((kind & TagKinds.QUOTE) != 0) {
      quoteDepth--;
    }
    stat.excluded = BoilerplateRules.isBoilerplate(stat, quoteDepth > 0);
    if (!stat.excluded) {
      if ((kind & TagKinds.PARAGRAPH) != 0 || (kind & TagKinds.TEXT_CONTAINER) != 0 && stat.ownText >= 25) {
        paragraphs.add(stat);
      }
      if (!stack.isEmpty()) {
        Stat parent = stack.get(stack.size() - 1);
        parent.text += stat.text;
        parent.link += stat.link;
        parent.commas += stat.commas;
        parent.images += stat.images + ((kind & TagKinds.IMAGE) != 0 ? 1 : 0);
        parent.links += stat.links + ((kind & TagKinds.LINK) != 0 ? 1 : 0);
        parent.quoteText += (kind & TagKinds.QUOTE) != 0 ? stat.text : stat.quoteText;
        parent.tableText += (kind & TagKinds.TABLE) != 0 ? stat.text : stat.tableText;
        parent.proseParagraphs += stat.proseParagraphs
            + ((kind & TagKinds.P) != 0 && stat.text >= 80 && stat.linkDensity() < 0.2 ? 1 : 0);
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

  private boolean isArticleMarked(Stat stat) {
    int hints = stat.hints;
    return (hints & ClassIdHints.NEGATIVE) == 0
        && ((hints & ClassIdHints.ARTICLE_BODY) != 0 || (stat.kind & TagKinds.ARTICLE) != 0);
  }

  private boolean isContentMarked(Stat stat) {
    return (stat.hints & ClassIdHints.POSITIVE) != 0 && (stat.hints & ClassIdHints.NEGATIVE) == 0;
  }
}
