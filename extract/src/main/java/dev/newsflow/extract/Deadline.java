package dev.newsflow.extract;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time budget of one page, checked cooperatively: long-running steps call {@link #check(String)} between units
 * of work (stages now; an extractor may also call it inside its loops). Confined to the thread cleaning the page.
 */
public final class Deadline {

  private final LongSupplier nanoTime;
  private final long start;
  private final Duration budget;

  private Deadline(LongSupplier nanoTime, Duration budget) {
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.budget = budget;
  }

  /** A deadline {@code budget} from now, on the given monotonic clock (System::nanoTime in production). */
  public static Deadline start(Duration budget, LongSupplier nanoTime) {
    return new Deadline(nanoTime, budget);
  }

  /** Throws {@link CleanTimeoutException} naming {@code step} once the budget is spent. */
  public void check(String step) {
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
    if (elapsed.compareTo(budget) > 0) {
      throw new CleanTimeoutException(step, elapsed, budget);
    }
  }
}
