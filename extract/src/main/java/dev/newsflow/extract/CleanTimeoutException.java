package dev.newsflow.extract;

import java.time.Duration;

/** A page that took longer than {@link CleanLimits#timeBudget()}; unchecked, so the topology can dead-letter it. */
public final class CleanTimeoutException extends RuntimeException {

  public CleanTimeoutException(String step, Duration elapsed, Duration budget) {
    super("clean took " + elapsed.toMillis() + " ms by the end of " + step + ", over the time budget of "
        + budget.toMillis() + " ms (CleanLimits.timeBudget)");
  }
}
