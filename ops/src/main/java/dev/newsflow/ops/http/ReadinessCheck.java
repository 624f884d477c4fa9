package dev.newsflow.ops.http;

import java.util.Map;

/** One condition of a service's readiness (Streams RUNNING, sink in its group, store reachable). Thread-safe. */
@FunctionalInterface
public interface ReadinessCheck {

  /** The check's outcome now; must be quick (it runs on each {@code /ready} request) and never throw. */
  Result check();

  /** Whether the condition holds, and details for people (state names, partitions, the last error). */
  record Result(boolean ready, Map<String, Object> details) {
    public Result {
      details = Map.copyOf(details);
    }

    public static Result of(boolean ready, Map<String, Object> details) {
      return new Result(ready, details);
    }
  }
}
