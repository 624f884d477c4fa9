package dev.newsflow.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/** Hands the nodes of one subtree to a filter and skips all that is outside it. */
final class WithinSubtree implements NodeFilter {
  private final Element root;
  private final NodeFilter filter;
  private boolean inside;

  WithinSubtree(Element root, NodeFilter filter) {
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
