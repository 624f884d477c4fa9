package dev.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The one way the benchmarks read the heap: the used bytes of {@code MemoryMXBean.getHeapMemoryUsage()}, the space
 * that objects occupy in the heap's memory pools (eden, survivor, old), whether still reachable or not. Not the heap
 * the JVM has committed (what {@code Runtime.totalMemory()} reports) and not the process's resident set.
 *
 * <p>{@link #afterFullGc()} asks for a full collection first ({@code System.gc()}; with G1, the default, a
 * stop-the-world one), so the figure is the live data rather than garbage waiting to be collected. One is enough: after
 * loading the knowledge base, the topic classifier and the shipped NER tagger in turn, the used heap after one to
 * four collections in a row agreed to within 1 KB each time (44,395 KB, 46,337 KB, 99,842 KB; G1). The tag and
 * topics benches used to collect three times; the soak sampler collects on a running pipeline, where each pause
 * shows in the latency. The difference of two such figures around a load ({@link #retainedBy}) is what the loaded
 * object keeps. With {@code -XX:+DisableExplicitGC} the figure includes garbage.
 *
 * <p>Stateless and thread-safe; the pool peaks are the JVM's, shared by everything in it.
 */
public final class UsedHeap {

  /** What a load returned and the heap it keeps (used heap after a full collection, after minus before). */
  public record Retained<T>(T value, long bytes) {}

  /** A load that may fail, as reading a model file does. */
  @FunctionalInterface
  public interface Loader<T, E extends Exception> {
    T load() throws E;
  }

  private static final long SETTLED_BYTES = 1 << 20;

  private UsedHeap() {}

  /** Used heap now, garbage included: cheap, for sampling a running pipeline. */
  public static long now() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Used heap after a full collection: the live data. */
  public static long afterFullGc() {
    // Until the reading settles (at most five collections): one collection may only clear references or run
    // cleaners whose objects a later one frees, and a reading taken before that would count them as live.
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = now();
      if (used - now < SETTLED_BYTES) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /** Runs {@code load} between two {@link #afterFullGc()} readings; the value stays reachable for the second. */
  public static <T, E extends Exception> Retained<T> retainedBy(Loader<T, E> load) throws E {
    long before = afterFullGc();
    T value = load.load();
    return new Retained<>(value, afterFullGc() - before);
  }

  /** Starts the heap pools' peak figures afresh (see {@link #sumOfPoolPeaks()}). */
  public static void resetPoolPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The sum of each heap pool's peak used bytes since the last reset. The pools peak at different moments, so this
   * bounds the peak of the whole heap from above rather than measuring it.
   */
  public static long sumOfPoolPeaks() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
