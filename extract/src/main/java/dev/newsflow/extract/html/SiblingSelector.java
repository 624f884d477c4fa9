package dev.newsflow.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Widens the chosen container with the siblings that belong to the article: blocks that score well themselves (or
 * share the container's class), and plain prose paragraphs with few links. Handles articles whose lede, body and
 * later parts sit in separate {@code div}s next to each other.
 *
 * <p>Stateless and thread-safe.
 */
final class SiblingSelector {

  /** The blocks to take text from, in page order; always contains {@code top}. */
  List<Element> select(Element top, PageStats page, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.nameIs("body")) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> blocks = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        blocks.add(sibling);
        continue;
      }
      PageStats.Stat stat = page.get(sibling);
      if (stat == null || stat.excluded || stat.text == 0) {
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        blocks.add(sibling);
      } else if (sibling.nameIs("p") && isProse(sibling, stat)) {
        blocks.add(sibling);
      }
    }
    return blocks;
  }

  private static boolean isProse(Element p, PageStats.Stat stat) {
    double density = stat.linkDensity();
    if (stat.text > 80) {
      return density < 0.25;
    }
    return density == 0 && p.text().strip().endsWith(".");
  }
}
