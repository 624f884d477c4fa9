package dev.newsflow.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-page budgets of the clean stage. Immutable and thread-safe.
 *
 * <p>The size budget is the hard bound: Jsoup's parse and our passes over the tree are linear in the input (no
 * backtracking, no recursion per nesting level), so capping the characters caps the work. The time budget is a
 * deadline checked cooperatively at stage boundaries ({@link Deadline#check}); it turns an unexpectedly slow page
 * (a super-linear corner in an extractor) into a clear failure instead of a stalled stream thread. It cannot
 * interrupt a parse in progress, which is why the size budget comes first.
 *
 * @param maxContentChars pages with more characters are refused with {@link ContentTooLargeException}
 * @param timeBudget wall-clock time one page may take; over it, {@link CleanTimeoutException}
 */
public record CleanLimits(int maxContentChars, Duration timeBudget) {

  /** 5 MiB of characters: large news pages are a few hundred KB; beyond this it is not an article. */
  public static final int DEFAULT_MAX_CONTENT_CHARS = 5 * 1024 * 1024;
  /** A 5 MiB page parses and extracts in well under a second on one core; ten times that is a fault. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

  public CleanLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxContentChars <= 0) {
      throw new IllegalArgumentException("maxContentChars must be positive: " + maxContentChars);
    }
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
    }
  }

  public static CleanLimits defaults() {
    return new CleanLimits(DEFAULT_MAX_CONTENT_CHARS, DEFAULT_TIME_BUDGET);
  }
}
