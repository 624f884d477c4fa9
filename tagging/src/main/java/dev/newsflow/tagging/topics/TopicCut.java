package dev.newsflow.tagging.topics;

/**
 * How many of an article's ranked topics are returned. The scores are shares of all the evidence (they add up to
 * one over the 17 topics), so a topic after the first must stand out on both counts:
 *
 * <ul>
 *   <li>the second needs at least {@link #SECOND_RATIO} of the best topic's score (a clear secondary subject,
 *       such as politics in a story on peace talks);
 *   <li>the third needs {@link #THIRD_RATIO} of the best: nearly as strong as the leader, a story that really is
 *       about three things at once;
 *   <li>either needs at least {@link #MIN_SHARE} of all the evidence, so a text whose evidence is spread thinly
 *       over many topics (no topic has much of it) gets its leader alone instead of four weak companions;
 *   <li>never more than {@link #MAX_TOPICS}.
 * </ul>
 *
 * <p>The first topic is always returned when it has any evidence. Stateless and thread-safe.
 */
final class TopicCut {

  /** The second topic's score must be at least this share of the best one's. */
  static final double SECOND_RATIO = 0.35;
  /** The third topic's score must be at least this share of the best one's. */
  static final double THIRD_RATIO = 0.6;
  /** A topic after the first must hold at least this share of all the evidence. */
  static final double MIN_SHARE = 0.10;
  static final int MAX_TOPICS = 3;

  private TopicCut() {
  }

  /**
   * Whether the topic at {@code index} (0 = best) of a list ranked best first is returned, given the score of the
   * best topic and that every topic before it was returned.
   */
  static boolean keeps(int index, double score, double best) {
    if (index == 0) {
      return score > 0;
    }
    if (index >= MAX_TOPICS || score < MIN_SHARE) {
      return false;
    }
    return score >= (index == 1 ? SECOND_RATIO : THIRD_RATIO) * best;
  }
}
