package dev.newsflow.extract.html;

import java.util.List;
import java.util.Set;
import org.jsoup.internal.StringUtil;
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
  /** Containers that are dropped when most of their text is links. */
  private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "div", "section", "table", "dl", "nav");
  /** Boxes that hold an image and its caption on sites without figure markup. */
  private static final Set<String> CAPTION_BOXES = Set.of("div", "center", "table", "span", "dl");
  /** Single blocks that are dropped when they are a link with at most a label ("Read more: ..."). */
  private static final Set<String> LINK_LINE_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dd", "dt");

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
        if (preDepth > 0) {
          current.append(text.getWholeText());
        } else {
          // What TextNode.text() gives, appended in place rather than built as a string of its own
          StringUtil.appendNormalisedWhitespace(current, text.getWholeText(), false);
        }
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
      if (!keepExcluded && tag.equals("h1")) {
        flush();
        if (out.isEmpty()) {
          return FilterResult.SKIP_ENTIRELY; // the headline above the body, whatever the page's title says
        }
      }
      if (!keepExcluded && isCaptionBlock(tag, stat)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!keepExcluded && (isLinkList(tag, stat) || isListOfLinks(el, tag, stat) || isTagCloud(el, tag, stat))) {
        flush();
        dropListTitle();
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
      if (stat.text == 0) {
        return false;
      }
      double density = stat.linkDensity();
      if (LINK_LIST_TAGS.contains(tag)) {
        return density > 0.6 || density > 0.35 && stat.text < 60;
      }
      // A line that is a link plus at most a short label ("SEE MORE:", "[VIDEO]"); prose around a link stays.
      return LINK_LINE_TAGS.contains(tag)
          && (density > 0.5 && stat.text - stat.link < 30 || density > 0.7 && stat.links >= 3);
    }

    /**
     * A list whose every item carries a link and whose items are short: "more stories" lists where each item is a
     * headline with part of it linked. Lists of sentences that cite a link stay.
     */
    private boolean isListOfLinks(Element el, String tag, PageStats.Stat stat) {
      if (!tag.equals("ul") && !tag.equals("ol") || stat.linkDensity() < 0.3) {
        return false;
      }
      int items = 0;
      for (Element li : el.children()) {
        PageStats.Stat item = page.get(li);
        if (item == null || item.excluded || item.text == 0) {
          continue;
        }
        if (item.link == 0) {
          return false;
        }
        items++;
      }
      return items >= 3 && stat.text / items < 100;
    }

    /** An image with a short line of text next to it, in a box of its own: a caption without figure markup. */
    private static boolean isCaptionBlock(String tag, PageStats.Stat stat) {
      return stat.images > 0 && stat.text < 150 && stat.proseParagraphs == 0 && stat.quoteText == 0
          && CAPTION_BOXES.contains(tag);
    }

    /** An inline run of three or more links and little else ("Tags: a, b, c"). */
    private static boolean isTagCloud(Element el, String tag, PageStats.Stat stat) {
      if (BLOCK_TAGS.contains(tag) || stat.linkDensity() < 0.8) {
        return false;
      }
      int links = 0;
      for (Element child : el.children()) {
        if (child.nameIs("a")) {
          links++;
        }
      }
      return links >= 3;
    }

    /** The short title line right before a dropped list ("More stories") goes with it. */
    private void dropListTitle() {
      if (out.isEmpty()) {
        return;
      }
      String last = out.get(out.size() - 1);
      char end = last.charAt(last.length() - 1);
      if (last.length() < 60 && ".!?\"”:;,".indexOf(end) < 0 && last.indexOf('\n') < 0) {
        out.remove(out.size() - 1);
      }
    }

    private void flush() {
      if (current.length() == 0) {
        return;
      }
      String para = current.toString();
      current.setLength(0);
      if (para.indexOf('\n') < 0) {
        String s = para.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
        return;
      }
      // Lines from <br>; an empty line (<br><br>) separates paragraphs, as in old layouts without <p>.
      StringBuilder lines = new StringBuilder();
      for (String line : para.split("\n", -1)) {
        String s = line.strip();
        if (!s.isEmpty()) {
          lines.append(lines.length() == 0 ? "" : "\n").append(s);
        } else if (lines.length() > 0) {
          out.add(lines.toString());
          lines.setLength(0);
        }
      }
      if (lines.length() > 0) {
        out.add(lines.toString());
      }
    }
  }
}
