package dev.newsflow.extract.html;

import java.util.Arrays;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Runs several {@link NodeFilter}s in ONE traversal of a tree. Each filter sees the nodes it would see if it ran
 * alone: when it skips a subtree ({@link NodeFilter.FilterResult#SKIP_ENTIRELY}), it gets no calls for that subtree,
 * while the others still walk it. The walk itself skips a subtree only when every filter does. Supports the
 * results {@code CONTINUE} and {@code SKIP_ENTIRELY}, which is what read-only filters need.
 *
 * <p>Why: the page statistics, the metadata scan and the JSON-LD lookup each walked the whole page; the walks cost
 * as much as the work done in them.
 */
final class SharedWalk implements NodeFilter {

  private final NodeFilter[] filters;
  /** Per filter: the node whose subtree it skips, or null. */
  private final Node[] skipping;

  private SharedWalk(NodeFilter[] filters) {
    this.filters = filters;
    this.skipping = new Node[filters.length];
  }

  /**
   * Walks {@code root} and everything below it once, for all {@code filters}, in document order, with the calls and
   * depths {@link NodeTraversor#filter} makes. The filters must not change the tree. The walk keeps its own stack of
   * child positions: cheaper than moving between siblings, which a walk does for every node of the page.
   */
  static void run(Node root, NodeFilter... filters) {
    SharedWalk walk = new SharedWalk(filters.clone());
    if (walk.head(root, 0) == FilterResult.SKIP_ENTIRELY) {
      return;
    }
    Node[] parents = new Node[64];
    int[] nextChild = new int[64];
    int top = 0;
    parents[0] = root;
    while (top >= 0) {
      Node parent = parents[top];
      int i = nextChild[top];
      if (i < parent.childNodeSize()) {
        nextChild[top] = i + 1;
        Node child = parent.childNode(i);
        if (walk.head(child, top + 1) == FilterResult.CONTINUE) {
          if (++top == parents.length) {
            parents = Arrays.copyOf(parents, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          parents[top] = child;
          nextChild[top] = 0;
        }
      } else {
        walk.tail(parent, top);
        top--;
      }
    }
  }

  @Override
  public FilterResult head(Node node, int depth) {
    boolean anyWalking = false;
    for (int i = 0; i < filters.length; i++) {
      if (skipping[i] != null) {
        continue;
      }
      FilterResult result = filters[i].head(node, depth);
      if (result == FilterResult.SKIP_ENTIRELY) {
        skipping[i] = node;
      } else if (result == FilterResult.CONTINUE) {
        anyWalking = true;
      } else {
        throw new UnsupportedOperationException("shared walks support CONTINUE and SKIP_ENTIRELY, not " + result);
      }
    }
    if (!anyWalking) {
      // Nobody walks this subtree: skip it, and the tail call that would release the filters never comes.
      for (int i = 0; i < filters.length; i++) {
        if (skipping[i] == node) {
          skipping[i] = null;
        }
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    for (int i = 0; i < filters.length; i++) {
      if (skipping[i] == node) {
        skipping[i] = null; // the skipped subtree is over; a skipped node gets no tail call
      } else if (skipping[i] == null) {
        filters[i].tail(node, depth);
      }
    }
    return FilterResult.CONTINUE;
  }
}
