package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.nlp.Sentence;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Salience in 0..1: each mention weighs 1, plus 2 in the title, plus 1 in the lead (the first two sentences), plus
 * up to 0.5 the earlier it comes; an entity's sum is divided by the largest sum (rounded to four decimals).
 */
final class Salience {

  private static final double TITLE_WEIGHT = 2.0;
  private static final double LEAD_WEIGHT = 1.0;
  private static final double EARLY_WEIGHT = 0.5;
  private static final int LEAD_SENTENCES = 2;

  private Salience() { }

  /**
   * Counts every mention into its entity (the root of its group), adding the spans of text mentions, and weighs it.
   *
   * @param mentions the text mentions, then the title mentions, as grouped in {@code groups}
   * @param textMentions how many of {@code mentions} are in the text
   * @return the salience of each entity (root group), in the order of {@code groups}
   */
  static Map<EntityGroup, Double> weigh(Consolidation.Groups groups, List<Mention> mentions, int textMentions,
      String text, List<Sentence> sentences) {
    List<EntityGroup> order = groups.all();
    int lead = leadEnd(sentences);
    double[] score = new double[order.size()];
    Map<EntityGroup, Integer> index = new HashMap<>();
    for (int k = 0; k < order.size(); k++) {
      index.put(order.get(k), k);
    }
    for (int k = 0; k < mentions.size(); k++) {
      EntityGroup g = groups.byMention().get(k).root();
      Mention m = mentions.get(k);
      boolean inTitle = k >= textMentions;
      double w = 1.0;
      if (inTitle) {
        w += TITLE_WEIGHT;
      } else {
        if (m.start() < lead) {
          w += LEAD_WEIGHT;
        }
        w += EARLY_WEIGHT * (1.0 - (double) m.start() / Math.max(1, text.length()));
        g.spans.add(new Span(m.start(), m.end()));
      }
      g.count++;
      score[index.get(g)] += w;
    }
    double max = 0;
    for (int k = 0; k < order.size(); k++) {
      if (order.get(k).root() == order.get(k)) {
        max = Math.max(max, score[k]);
      }
    }
    Map<EntityGroup, Double> salience = new LinkedHashMap<>();
    for (int k = 0; k < order.size(); k++) {
      EntityGroup g = order.get(k);
      if (g.root() == g) {
        salience.put(g, max == 0 ? 0 : Math.round(score[k] / max * 10_000) / 10_000.0);
      }
    }
    return salience;
  }

  /** Where the lead (the first sentences) ends. */
  static int leadEnd(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return 0;
    }
    return sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
  }
}
