package dev.newsflow.bench;

import dev.newsflow.tagging.topics.TopicClassifier;
import dev.newsflow.tagging.topics.TopicInput;
import java.time.Duration;
import java.util.List;

/**
 * Topic classification on one thread: articles per second over whole passes of the inputs after a warm-up, and the
 * heap the loaded classifier keeps, measured around its load ({@link #load}).
 *
 * <p>Not thread-safe; single-threaded by design (figures are per core).
 */
public final class TopicBenchmark {

  /**
   * The figures of a run.
   *
   * @param averageChars characters of text and title per article
   * @param classified articles classified in the measured time
   * @param nanos the measured time
   * @param cpuNanos the measured time in the classifying thread's CPU time (steadier on a shared machine)
   * @param topicsReturned topics the classifier returned, warm-up included (keeps the work observable)
   * @param classifierHeapBytes the heap the loaded classifier keeps
   */
  public record Result(int articles, long averageChars, long classified, long nanos, long cpuNanos,
      long topicsReturned, long classifierHeapBytes) {

    public double seconds() {
      return nanos / 1e9;
    }

    public double articlesPerSecond() {
      return classified / seconds();
    }

    public double articlesPerCpuSecond() {
      return classified / (cpuNanos / 1e9);
    }
  }

  private final TopicClassifier classifier;
  private final long classifierHeapBytes;
  private final List<TopicInput> items;
  private final Duration warmup;
  private final Duration duration;

  /** @param classifier from {@link #load} */
  public TopicBenchmark(UsedHeap.Retained<TopicClassifier> classifier, List<TopicInput> items, Duration warmup,
      Duration duration) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no articles to classify");
    }
    this.classifier = classifier.value();
    this.classifierHeapBytes = classifier.bytes();
    this.items = List.copyOf(items);
    this.warmup = warmup;
    this.duration = duration;
  }

  public Result run() {
    long chars = items.stream().mapToLong(i -> i.text().length() + i.title().length()).sum();
    long sink = 0;
    long warmEnd = System.nanoTime() + warmup.toNanos();
    while (System.nanoTime() < warmEnd) {
      for (TopicInput in : items) {
        sink += classifier.classify(in).size();
      }
    }
    long n = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    do {
      for (TopicInput in : items) {
        sink += classifier.classify(in).size();
        n++;
      }
    } while (System.nanoTime() < end);
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    return new Result(items.size(), chars / items.size(), n, nanos, cpuNanos, sink, classifierHeapBytes);
  }

  /** Loads a classifier between two readings of the used heap after a full collection. */
  public static <E extends Exception> UsedHeap.Retained<TopicClassifier> load(
      UsedHeap.Loader<TopicClassifier, E> load) throws E {
    return UsedHeap.retainedBy(load);
  }
}
