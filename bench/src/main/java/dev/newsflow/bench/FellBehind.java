package dev.newsflow.bench;

/**
 * Whether a pipeline run kept up. A run that fell behind measures a backlog, not the pipeline: at a fixed rate its
 * latencies grow with the run's length, and measured articles still queued at the drain timeout count nowhere, so
 * a run where none came through would otherwise print 0 articles/s and 0 ms latencies as if they were figures.
 */
final class FellBehind {

  /** Below this share of the asked rate, a fixed-rate run did not keep up (5% allows for the run's edges). */
  static final double KEPT_RATE_SHARE = 0.95;

  private FellBehind() {}

  /**
   * @param measured articles published after the warm-up
   * @param measuredEnriched how many of them came out enriched
   * @param rate the asked rate in articles/s, 0 for as fast as possible
   * @param articlesPerSecond the rate at which the measured articles came out
   */
  static boolean test(long measured, long measuredEnriched, double rate, double articlesPerSecond) {
    if (measuredEnriched < measured) {
      return true;
    }
    return rate > 0 && articlesPerSecond < KEPT_RATE_SHARE * rate;
  }
}
