package dev.newsflow.enrich.clean.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns chosen containers into paragraphs: one paragraph per block element (p, headings, list items, quotes, ...),
 * inline text joined, {@code br} kept as a line break. Skips what {@link PageStats} excluded, forms, and link lists
 * inside the article (a "related stories" list links almost all of its text).
 *
 * <p>Stateless and thread-safe; each call uses its own buffers.
 */
final class BlockTextCollector {

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
      "caption", "address", "center", "hr", "header", "footer", "details", "summary", "body", "tbody", "thead");
  private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "div", "section", "table", "dl", "p", "li",
      "span", "strong", "b", "em", "h2", "h3", "h4", "h5", "h6");

  /** Appends the paragraphs of {@code root} to {@code out}. */
  void collect(Element root, PageStats page, List<String> out) {
    NodeTraversor.filter(new Walker(page, out, false), root);
  }

  /** Like {@link #collect}, but keeps blocks excluded by class/id words: the last resort for odd pages. */
  void collectAll(Element root, PageStats page, List<String> out) {
    NodeTraversor.filter(new Walker(page, out, true), root);
  }

  private static final class Walker implements NodeFilter {
    private final PageStats page;
    private final List<String> out;
    private final StringBuilder current = new StringBuilder();
    private final boolean keepExcluded;
    private int preDepth;

    Walker(PageStats page, List<String> out, boolean keepExcluded) {
      this.page = page;
      this.out = out;
      this.keepExcluded = keepExcluded;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(preDepth > 0 ? text.getWholeText() : text.text());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      PageStats.Stat stat = page.get(el);
      if (stat == null || stat.excluded && !keepExcluded || el.nameIs("form") && stat.text < 500) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = el.normalName();
      if (!keepExcluded && isLinkList(tag, stat)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        current.append('\n');
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (tag.equals("pre")) {
          preDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (tag.equals("pre")) {
            preDepth--;
          }
        } else if (tag.equals("img") || tag.equals("td")) {
          current.append(' ');
        }
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isLinkList(String tag, PageStats.Stat stat) {
      if (!LINK_LIST_TAGS.contains(tag) || stat.text == 0) {
        return false;
      }
      double density = stat.linkDensity();
      return density > 0.6 || density > 0.35 && stat.text < 60 && !tag.equals("p");
    }

    private void append(String text) {
      current.append(text);
    }

    private void flush() {
      if (current.length() == 0) {
        return;
      }
      String para = current.toString();
      current.setLength(0);
      StringBuilder lines = new StringBuilder();
      for (String line : para.split("\n")) {
        String s = line.strip();
        if (!s.isEmpty()) {
          lines.append(lines.length() == 0 ? "" : "\n").append(s);
        }
      }
      if (lines.length() > 0) {
        out.add(lines.toString());
      }
    }
  }
}
