package dev.newsflow.sink;

import java.time.Duration;

/**
 * The wait before the next try of a batch while the store fails: the first wait, doubled after each wait up to the
 * longest (see {@link SinkConfig#retryBackoff()}), and the first wait again once a write succeeds or the pending
 * batches are dropped. Not thread-safe: owned by the sink thread.
 */
final class RetryBackoff {

  private final Duration initial;
  private final Duration max;
  private Duration current;

  RetryBackoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.current = initial;
  }

  /** How long to wait before the next try. */
  Duration current() {
    return current;
  }

  /** After a wait: the next one is twice as long, up to the longest. */
  void increase() {
    Duration doubled = current.multipliedBy(2);
    current = doubled.compareTo(max) > 0 ? max : doubled;
  }

  /** After a success (or when nothing is left to retry): back to the first wait. */
  void reset() {
    current = initial;
  }
}
