package dev.newsflow.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The meters of one pipeline stage (clean, dedupe, entities, topics, sink, ...), all tagged {@code stage}:
 *
 * <ul>
 *   <li>{@code newsflow_articles_total{stage, outcome=in|out|failed}}: articles that entered, left, or failed it;
 *   <li>{@code newsflow_article_failures_total{stage, reason}}: failures by reason (the exception's simple class
 *       name, a bounded set);
 *   <li>{@code newsflow_stage_duration_seconds{stage}}: time per article, as a Prometheus histogram.
 * </ul>
 *
 * Timing a stage is one line: {@code StageMetrics.of(registry, "entities").timed(tagger::tag)}.
 *
 * <p>Thread-safe; meters are looked up once, at creation.
 */
public final class StageMetrics {

  public static final String ARTICLES = "newsflow.articles";
  public static final String FAILURES = "newsflow.article.failures";
  public static final String DURATION = "newsflow.stage.duration";

  private final MeterRegistry registry;
  private final String stage;
  private final Counter in;
  private final Counter out;
  private final Counter failed;
  private final Timer duration;

  private StageMetrics(MeterRegistry registry, String stage) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.in = articles("in");
    this.out = articles("out");
    this.failed = articles("failed");
    this.duration = Timer.builder(DURATION).description("Time an article spends in a pipeline stage")
        .tag("stage", stage).publishPercentileHistogram().publishPercentiles(0.5, 0.95, 0.99)
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1))
        .register(registry);
  }

  /** The meters of {@code stage} in {@code registry} (created on first use, shared afterwards). */
  public static StageMetrics of(MeterRegistry registry, String stage) {
    return new StageMetrics(registry, stage);
  }

  public String stage() {
    return stage;
  }

  /**
   * {@code function} with its calls counted and timed: in for each call, out for each non-null result, failed
   * (with the exception's class as reason) for each throw, which is rethrown unchanged.
   */
  public <V, R> Function<V, R> timed(Function<V, R> function) {
    Objects.requireNonNull(function, "function");
    return value -> {
      in.increment();
      long start = System.nanoTime();
      try {
        R result = function.apply(value);
        if (result != null) {
          out.increment();
        }
        return result;
      } catch (RuntimeException | Error e) {
        failed(e);
        throw e;
      } finally {
        duration.record(Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  public void in() {
    in.increment();
  }

  public void in(long count) {
    in.increment(count);
  }

  public void out() {
    out.increment();
  }

  public void out(long count) {
    out.increment(count);
  }

  /** One failed article; the reason is the error's simple class name. */
  public void failed(Throwable error) {
    failed(error.getClass().getSimpleName());
  }

  /** One failed article with a short, bounded reason (never free text: it becomes a label value). */
  public void failed(String reason) {
    failed.increment();
    Counter.builder(FAILURES).description("Articles a pipeline stage failed on, by reason")
        .tag("stage", stage).tag("reason", reason).register(registry).increment();
  }

  /** Records the time one article spent in the stage. */
  public void record(Duration elapsed) {
    duration.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
  }

  private Counter articles(String outcome) {
    return Counter.builder(ARTICLES).description("Articles by pipeline stage and outcome (in, out, failed)")
        .tag("stage", stage).tag("outcome", outcome).register(registry);
  }
}
