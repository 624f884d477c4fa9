package dev.newsflow.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Scores containers by the paragraphs they hold and picks the article container.
 *
 * <p>Each paragraph of at least {@value #MIN_PARAGRAPH} characters scores by its length and commas; the score goes
 * to its parent in full and to older ancestors in falling shares, so the element that directly holds a cluster of
 * prose wins. A container's score starts from its tag and class/id hints and is scaled down by its link density.
 * Split articles (several good candidates under one ancestor) resolve to that ancestor.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentScorer {

  static final int MIN_PARAGRAPH = 25;
  private static final int ANCESTOR_LEVELS = 4;

  /** Scores by element, and the chosen container (null when the page has no prose). */
  record Result(Map<Element, Double> scores, Element top) {}

  Result score(PageStats page) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (PageStats.Stat p : page.paragraphs()) {
      boolean container = (p.kind & TagKinds.PARAGRAPH) == 0;
      int length = container ? p.ownText : p.text;
      if (length < MIN_PARAGRAPH || page.isExcluded(p.element)) {
        continue;
      }
      double score = 1 + p.commas + Math.min(length / 100.0, 3);
      if (container) {
        // The container holds its own text: it is a candidate itself.
        scores.merge(p.element, initial(page, p.element) + score, Double::sum);
      }
      Element ancestor = p.element.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element a = ancestor;
        scores.computeIfAbsent(a, e -> initial(page, e));
        scores.merge(a, score / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      PageStats.Stat stat = page.get(e.getKey());
      double value = e.getValue() * (1 - (stat == null ? 0 : stat.linkDensity()));
      e.setValue(value);
      if (value > best && (stat == null || !stat.excluded)) {
        best = value;
        top = e.getKey();
      }
    }
    if (top != null) {
      top = widen(top, best, scores);
    }
    return new Result(scores, top);
  }

  private static double initial(PageStats page, Element el) {
    double score = switch (el.normalName()) {
      case "article" -> 10;
      case "div", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    PageStats.Stat stat = page.get(el);
    int hints = stat == null ? 0 : stat.hints;
    if ((hints & ClassIdHints.ARTICLE_BODY) != 0) {
      score += 30;
    }
    if ((hints & ClassIdHints.POSITIVE) != 0) {
      score += 25;
    }
    if ((hints & ClassIdHints.NEGATIVE) != 0) {
      score -= 25;
    }
    return score;
  }

  /**
   * Moves up from the best container when the article is split: when several near-best candidates share an
   * ancestor, or when an ancestor scores higher than the candidate on the way up.
   */
  private static Element widen(Element top, double best, Map<Element, Double> scores) {
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() >= best * 0.75) {
        alternatives.add(e.getKey());
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      while (parent != null && !parent.nameIs("body")) {
        int contained = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            contained++;
          }
        }
        if (contained >= 3) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    double last = scores.getOrDefault(top, 0.0);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < threshold) {
        break;
      }
      if (score > last) {
        top = parent;
        break;
      }
      last = score;
    }
    // A lone child brings no siblings; its parent is the same block with a chance of more.
    while (top.parent() != null && !top.parent().nameIs("body") && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    for (Element e = el.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
