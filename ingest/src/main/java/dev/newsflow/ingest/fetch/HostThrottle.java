package dev.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code maxConcurrency} requests in flight, and a pause of at least the delay
 * between the end of one request and the start of the next (and between two starts). Callers block until their
 * turn. Thread-safe.
 */
final class HostThrottle {

  /** Held while a request runs; release it when the response has been read. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final int maxConcurrency;
  private final ConcurrentHashMap<String, HostState> hosts = new ConcurrentHashMap<>();

  HostThrottle(int maxConcurrency) {
    this.maxConcurrency = maxConcurrency;
  }

  Permit acquire(String host, Duration delay) throws InterruptedException {
    HostState state = hosts.computeIfAbsent(host, h -> new HostState(maxConcurrency));
    state.slots.acquire();
    long delayNanos = delay.toNanos();
    long start;
    synchronized (state) {
      long now = System.nanoTime();
      start = Math.max(now, state.nextStart);
      state.nextStart = start + delayNanos;
    }
    try {
      long wait = start - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    } catch (InterruptedException e) {
      state.slots.release();
      throw e;
    }
    return () -> {
      synchronized (state) {
        state.nextStart = Math.max(state.nextStart, System.nanoTime() + delayNanos);
      }
      state.slots.release();
    };
  }

  private static final class HostState {
    final Semaphore slots;
    long nextStart = Long.MIN_VALUE / 2;

    HostState(int maxConcurrency) {
      this.slots = new Semaphore(maxConcurrency, true);
    }
  }
}
