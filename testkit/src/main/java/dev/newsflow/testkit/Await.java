package dev.newsflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, for integration tests: never a fixed sleep. Stateless. */
public final class Await {

  private static final long POLL_MILLIS = 50;

  private Await() {}

  /**
   * Returns as soon as {@code condition} holds.
   *
   * @throws AssertionError naming {@code what} when the deadline passes first
   */
  public static void until(String what, BooleanSupplier condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + ": not within " + timeout);
      }
      try {
        Thread.sleep(POLL_MILLIS); // the polling interval of a deadline wait
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what + ": interrupted", e);
      }
    }
  }
}
