package dev.newsflow.bench;

import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.schema.RawArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Measures the clean stage on one core: pages per second for a plain Jsoup parse and for the full extraction on
 * the same pages, so the cost of extraction can be read as a multiple of the parse. After a warm-up of both, the
 * two loops alternate in several rounds and the ratio is the median of the rounds' ratios: on a shared machine
 * the speed drifts over a minute, and alternating keeps both loops under the same conditions.
 *
 * <p>Not thread-safe; single-threaded by design (figures are per core).
 */
public final class ExtractionBenchmark {

  /**
   * One measured loop.
   *
   * @param cpu the thread's CPU time in the loop: unlike {@code elapsed}, not stretched by other processes
   */
  public record Figure(String name, long pages, Duration elapsed, long bytes, Duration cpu) {
    public double pagesPerSecond() {
      return pages / (elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / (elapsed.toNanos() / 1e9);
    }

    Figure plus(Figure other) {
      return new Figure(name, pages + other.pages, elapsed.plus(other.elapsed), bytes + other.bytes,
          cpu.plus(other.cpu));
    }

    /** Thread CPU time per page. */
    public Duration cpuPerPage() {
      return pages == 0 ? Duration.ZERO : cpu.dividedBy(pages);
    }
  }

  /**
   * Parse-only and extraction figures summed over all rounds, and the per-round cost ratios.
   *
   * @param roundRatios extraction cost over parse cost (wall time), one per round, sorted
   * @param cpuRoundRatios the same in thread CPU time, one per round, sorted: steadier on a shared machine
   */
  public record Result(Figure parse, Figure extract, List<Double> roundRatios, List<Double> cpuRoundRatios) {
    /** Whether the parse was measured too (not in an extraction-only run). */
    public boolean hasParse() {
      return !roundRatios.isEmpty();
    }

    /** How many parses one extraction costs: the median round. */
    public double ratio() {
      return roundRatios.get(roundRatios.size() / 2);
    }

    /** How many parses one extraction costs in thread CPU time: the median round. */
    public double cpuRatio() {
      return cpuRoundRatios.get(cpuRoundRatios.size() / 2);
    }
  }

  /** Rounds of alternating parse and extract loops. */
  public static final int ROUNDS = 5;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<RawArticle> pages;
  private final Duration warmup;
  private final Duration measure;
  private final boolean withParse;
  private volatile Object sink;

  public ExtractionBenchmark(List<RawArticle> pages, Duration warmup, Duration measure) {
    this(pages, warmup, measure, true);
  }

  /**
   * @param withParse false to run the extraction alone, as the pipeline does: no parse loop, no ratio. The JIT
   *     compiles the parser differently from one JVM to the next, and a parse loop in the same JVM changes the odds.
   */
  public ExtractionBenchmark(List<RawArticle> pages, Duration warmup, Duration measure, boolean withParse) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to measure");
    }
    this.pages = List.copyOf(pages);
    this.warmup = warmup;
    this.measure = measure;
    this.withParse = withParse;
  }

  public Result run() {
    ArticleCleaner cleaner = new ArticleCleaner();
    Consumer<RawArticle> parse =
        page -> sink = Jsoup.parse(page.getContent(), page.getUrl() == null ? "" : page.getUrl());
    Consumer<RawArticle> extract = page -> sink = cleaner.clean(page.getContent(), ContentKind.valueOf(page.getContentType().name()),
        page.getUrl(), page.getFetchedAt());
    if (withParse) {
      loop("warm-up parse", parse, warmup);
    }
    loop("warm-up extract", extract, warmup);
    Duration perRound = measure.dividedBy(ROUNDS);
    Figure parsed = new Figure("jsoup parse", 0, Duration.ZERO, 0, Duration.ZERO);
    Figure extracted = new Figure("extract", 0, Duration.ZERO, 0, Duration.ZERO);
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Figure e;
      if (withParse) {
        Figure p = loop("jsoup parse", parse, perRound);
        e = loop("extract", extract, perRound);
        ratios.add(p.pagesPerSecond() / e.pagesPerSecond());
        cpuRatios.add((double) e.cpuPerPage().toNanos() / Math.max(1, p.cpuPerPage().toNanos()));
        parsed = parsed.plus(p);
      } else {
        e = loop("extract", extract, perRound);
      }
      extracted = extracted.plus(e);
    }
    Collections.sort(ratios);
    Collections.sort(cpuRatios);
    return new Result(parsed, extracted, List.copyOf(ratios), List.copyOf(cpuRatios));
  }

  /** Runs whole passes over the pages until the duration is used up. */
  private Figure loop(String name, Consumer<RawArticle> work, Duration duration) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    long count = 0;
    long bytes = 0;
    do {
      for (RawArticle page : pages) {
        work.accept(page);
        count++;
        bytes += page.getContent().length();
      }
    } while (System.nanoTime() < deadline);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Figure(name, count, elapsed, bytes, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStart));
  }
}
