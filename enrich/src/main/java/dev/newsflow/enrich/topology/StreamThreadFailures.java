package dev.newsflow.enrich.topology;

import dev.newsflow.ops.http.ReadinessCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * Deaths of stream threads, for liveness. Kafka Streams replaces a thread that dies, and the new one starts where
 * the task last committed: a record that kills the thread kills every replacement too, while the process looks
 * alive. So {@link #liveness()} reports DOWN once the same task died {@value #DEFAULT_THRESHOLD} times at the same
 * committed position within the window, which lets an orchestrator restart the process and an operator see which
 * partition and offset to look at. Thread-safe.
 */
public final class StreamThreadFailures {

  public static final int DEFAULT_THRESHOLD = 3;
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
  static final String UNKNOWN = "unknown";

  private final int threshold;
  private final Duration window;
  private final Clock clock;
  private final Deque<Failure> failures = new ArrayDeque<>();

  public StreamThreadFailures() {
    this(DEFAULT_THRESHOLD, DEFAULT_WINDOW, Clock.systemUTC());
  }

  StreamThreadFailures(int threshold, Duration window, Clock clock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
    }
    this.threshold = threshold;
    this.window = Objects.requireNonNull(window, "window");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records that a stream thread died of {@code error}.
   *
   * @param position the failing task's committed offsets as text, or null when unknown
   */
  public synchronized void record(Throwable error, String position) {
    failures.addLast(new Failure(clock.instant(), taskOf(error), position == null ? UNKNOWN : position,
        error.getClass().getName()));
    prune();
  }

  /** The task a stream thread died in, from the first {@link StreamsException} in the causes that names one. */
  static String taskOf(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof StreamsException streams && streams.taskId().isPresent()) {
        return streams.taskId().get().toString();
      }
    }
    return UNKNOWN;
  }

  /** DOWN while one task keeps dying at the same position; details name it. */
  public ReadinessCheck liveness() {
    return this::check;
  }

  private synchronized ReadinessCheck.Result check() {
    prune();
    Map<String, Integer> counts = new HashMap<>();
    Failure worst = null;
    int worstCount = 0;
    for (Failure failure : failures) {
      int count = counts.merge(failure.task() + " " + failure.position(), 1, Integer::sum);
      if (count >= worstCount) {
        worst = failure;
        worstCount = count;
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("threadDeaths", failures.size());
    details.put("window", window.toString());
    if (worst != null) {
      details.put("task", worst.task());
      details.put("committedOffsets", worst.position());
      details.put("deathsAtThatPosition", worstCount);
      details.put("lastError", worst.error());
    }
    return ReadinessCheck.Result.of(worstCount < threshold, details);
  }

  private void prune() {
    Instant oldest = clock.instant().minus(window);
    while (!failures.isEmpty() && failures.peekFirst().at().isBefore(oldest)) {
      failures.removeFirst();
    }
  }

  private record Failure(Instant at, String task, String position, String error) {}
}
