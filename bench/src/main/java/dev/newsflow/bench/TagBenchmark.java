package dev.newsflow.bench;

import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

/**
 * Entity tagging on one thread: tokens per second over whole passes of the texts after a warm-up, in wall time and
 * in the tagging thread's CPU time (steadier on a shared machine), and what loading the knowledge base costs: wall
 * and CPU time, and the heap it keeps ({@link UsedHeap#retainedBy}).
 *
 * <p>Not thread-safe; single-threaded by design (figures are per core).
 */
public final class TagBenchmark {

  /** Loading the bundled knowledge base: its entries, wall and thread CPU milliseconds, the heap it keeps. */
  public record KnowledgeBaseLoad(int entries, long millis, long cpuMillis, long heapBytes) {}

  /**
   * The figures of a run.
   *
   * @param tokens tokens in one pass over the texts
   * @param passes whole passes in the measured time
   * @param measuredDocuments texts tagged in the measured time
   * @param nanos the measured time, wall
   * @param cpuNanos the measured time in the tagging thread's CPU time
   */
  public record Result(int documents, long tokens, long passes, long measuredDocuments, long nanos, long cpuNanos,
      KnowledgeBaseLoad knowledgeBase) {

    public double tokensPerSecond() {
      return passes * tokens / (nanos / 1e9);
    }

    public double tokensPerCpuSecond() {
      return passes * tokens / (cpuNanos / 1e9);
    }

    public double documentsPerSecond() {
      return measuredDocuments / (nanos / 1e9);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<String> texts;
  private final Duration warmup;
  private final Duration duration;

  public TagBenchmark(List<String> texts, Duration warmup, Duration duration) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no texts to tag");
    }
    this.texts = List.copyOf(texts);
    this.warmup = warmup;
    this.duration = duration;
  }

  public Result run() {
    UsedHeap.Retained<TimedLoad> kb = UsedHeap.retainedBy(TagBenchmark::loadKnowledgeBase);
    EntityTagger tagger = EntityTagger.shipped();
    NewsTokenizer tokenizer = new NewsTokenizer();
    long tokensPerPass = texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum();

    passes(tagger, warmup);
    long cpu = THREADS.getCurrentThreadCpuTime();
    Passes measured = passes(tagger, duration);
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
    TimedLoad load = kb.value();
    return new Result(texts.size(), tokensPerPass, measured.passes, measured.docs, measured.nanos, cpuNanos,
        new KnowledgeBaseLoad(load.kb.size(), load.millis, load.cpuMillis, kb.bytes()));
  }

  private record TimedLoad(KnowledgeBase kb, long millis, long cpuMillis) { }

  private static TimedLoad loadKnowledgeBase() {
    long t0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new TimedLoad(kb, millis, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
  }

  private record Passes(long passes, long docs, long nanos) { }

  /** Whole passes over the texts until {@code budget} is spent. */
  private Passes passes(EntityTagger tagger, Duration budget) {
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    long passes = 0;
    long docs = 0;
    long sink = 0;
    do {
      for (String text : texts) {
        sink += tagger.tag(null, text).mentions().size();
        docs++;
      }
      passes++;
    } while (System.nanoTime() < deadline);
    if (sink < 0) {
      throw new IllegalStateException(); // keeps the work observable
    }
    return new Passes(passes, docs, System.nanoTime() - start);
  }
}
