package dev.newsflow.enrich.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering quality of predicted stories against gold events: pairwise and B-cubed precision, recall and F1.
 *
 * <p>Pairwise: every unordered pair of articles is positive when both are in the same cluster; precision is the
 * share of predicted same-story pairs that are same-event pairs, recall the share of same-event pairs that were
 * predicted. B-cubed: for each article, precision is the share of its predicted story that belongs to its event and
 * recall the share of its event that is in its predicted story; both are averaged over articles.
 *
 * <p>The articles scored are the gold map's keys. A gold article missing from the prediction is a singleton story of
 * its own; predicted articles that are not in the gold map are ignored. Everything is counted from the contingency
 * table of (event, story) cells, so scoring is linear in the number of articles, not quadratic. A measure whose
 * denominator is empty (no predicted pairs, no gold pairs) is 1.0: nothing was claimed, so nothing was wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pairwisePrecision same-story pairs that are same-event pairs
 * @param pairwiseRecall same-event pairs that are same-story pairs
 * @param pairwiseF1 harmonic mean of the two
 * @param bcubedPrecision mean over articles of the event's share of the article's story
 * @param bcubedRecall mean over articles of the story's share of the article's event
 * @param bcubedF1 harmonic mean of the two
 * @param articles articles scored (the gold map's size)
 * @param events distinct gold events
 * @param stories distinct predicted stories over the scored articles (missing articles count as one each)
 */
public record StoryScores(
    double pairwisePrecision, double pairwiseRecall, double pairwiseF1,
    double bcubedPrecision, double bcubedRecall, double bcubedF1,
    int articles, int events, int stories) {

  /**
   * Scores a prediction.
   *
   * @param gold article id → gold event id
   * @param predicted article id → predicted story id
   */
  public static StoryScores of(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Map<String, Integer> eventIndex = new HashMap<>();
    Map<String, Integer> storyIndex = new HashMap<>();
    // (event, story) cell → article count; packed into one long key to avoid a pair object per cell.
    Map<Long, Integer> cells = new HashMap<>();
    int[] eventSizes = new int[gold.size()];
    int[] storySizes = new int[gold.size()];
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String articleId = Objects.requireNonNull(entry.getKey(), "gold article id");
      String eventId = Objects.requireNonNull(entry.getValue(), () -> "gold event of " + articleId);
      String storyId = predicted.get(articleId);
      // A missing article is a singleton; the prefix keeps its key apart from every real story id.
      String storyKey = storyId == null ? "\u0000missing\u0000" + articleId : "s" + storyId;
      int event = eventIndex.computeIfAbsent(eventId, k -> eventIndex.size());
      int story = storyIndex.computeIfAbsent(storyKey, k -> storyIndex.size());
      eventSizes[event]++;
      storySizes[story]++;
      cells.merge(((long) event << 32) | story, 1, Integer::sum);
    }
    long truePairs = 0;
    double bcubedPrecisionSum = 0;
    double bcubedRecallSum = 0;
    for (Map.Entry<Long, Integer> cell : cells.entrySet()) {
      int event = (int) (cell.getKey() >>> 32);
      int story = (int) (cell.getKey() & 0xffffffffL);
      long n = cell.getValue();
      truePairs += pairs(n);
      // Each of the n articles in this cell sees n of its story's articles in its event (and vice versa).
      bcubedPrecisionSum += (double) n * n / storySizes[story];
      bcubedRecallSum += (double) n * n / eventSizes[event];
    }
    long goldPairs = 0;
    for (int i = 0; i < eventIndex.size(); i++) {
      goldPairs += pairs(eventSizes[i]);
    }
    long predictedPairs = 0;
    for (int i = 0; i < storyIndex.size(); i++) {
      predictedPairs += pairs(storySizes[i]);
    }
    int n = gold.size();
    double pairP = ratio(truePairs, predictedPairs);
    double pairR = ratio(truePairs, goldPairs);
    double bcubedP = n == 0 ? 1.0 : bcubedPrecisionSum / n;
    double bcubedR = n == 0 ? 1.0 : bcubedRecallSum / n;
    return new StoryScores(pairP, pairR, f1(pairP, pairR), bcubedP, bcubedR, f1(bcubedP, bcubedR),
        n, eventIndex.size(), storyIndex.size());
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double ratio(long hits, long total) {
    return total == 0 ? 1.0 : (double) hits / total;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  /** One line, e.g. {@code stories pairwise P=0.981 R=0.903 F1=0.940 bcubed P=... articles=170 events=35 stories=41}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "stories pairwise P=%.3f R=%.3f F1=%.3f bcubed P=%.3f R=%.3f F1=%.3f articles=%d events=%d stories=%d",
        pairwisePrecision, pairwiseRecall, pairwiseF1, bcubedPrecision, bcubedRecall, bcubedF1,
        articles, events, stories);
  }
}
