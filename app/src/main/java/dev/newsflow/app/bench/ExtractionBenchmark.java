package dev.newsflow.app.bench;

import dev.newsflow.enrich.clean.ArticleCleaner;
import dev.newsflow.schema.RawArticle;
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

  /** One measured loop. */
  public record Figure(String name, long pages, Duration elapsed, long bytes) {
    public double pagesPerSecond() {
      return pages / (elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / (elapsed.toNanos() / 1e9);
    }

    Figure plus(Figure other) {
      return new Figure(name, pages + other.pages, elapsed.plus(other.elapsed), bytes + other.bytes);
    }
  }

  /**
   * Parse-only and extraction figures summed over all rounds, and the per-round cost ratios.
   *
   * @param roundRatios extraction cost over parse cost, one per round, sorted
   */
  public record Result(Figure parse, Figure extract, List<Double> roundRatios) {
    /** How many parses one extraction costs: the median round. */
    public double ratio() {
      return roundRatios.get(roundRatios.size() / 2);
    }
  }

  /** Rounds of alternating parse and extract loops. */
  public static final int ROUNDS = 5;

  private final List<RawArticle> pages;
  private final Duration warmup;
  private final Duration measure;
  private volatile Object sink;

  public ExtractionBenchmark(List<RawArticle> pages, Duration warmup, Duration measure) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to measure");
    }
    this.pages = List.copyOf(pages);
    this.warmup = warmup;
    this.measure = measure;
  }

  public Result run() {
    ArticleCleaner cleaner = new ArticleCleaner();
    Consumer<RawArticle> parse =
        page -> sink = Jsoup.parse(page.getContent(), page.getUrl() == null ? "" : page.getUrl());
    Consumer<RawArticle> extract = page -> sink = cleaner.clean(page.getContent(), page.getContentType(),
        page.getUrl(), page.getFetchedAt());
    loop("warm-up parse", parse, warmup);
    loop("warm-up extract", extract, warmup);
    Duration perRound = measure.dividedBy(ROUNDS);
    Figure parsed = new Figure("jsoup parse", 0, Duration.ZERO, 0);
    Figure extracted = new Figure("extract", 0, Duration.ZERO, 0);
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Figure p = loop("jsoup parse", parse, perRound);
      Figure e = loop("extract", extract, perRound);
      ratios.add(p.pagesPerSecond() / e.pagesPerSecond());
      parsed = parsed.plus(p);
      extracted = extracted.plus(e);
    }
    Collections.sort(ratios);
    return new Result(parsed, extracted, List.copyOf(ratios));
  }

  /** Runs whole passes over the pages until the duration is used up. */
  private Figure loop(String name, Consumer<RawArticle> work, Duration duration) {
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
    return new Figure(name, count, Duration.ofNanos(System.nanoTime() - start), bytes);
  }
}
