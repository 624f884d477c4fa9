package dev.newsflow.app.bench;

import dev.newsflow.enrich.clean.ArticleCleaner;
import dev.newsflow.schema.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Measures the clean stage on one core: pages per second for a plain Jsoup parse and for the full extraction on
 * the same pages, each after a warm-up, so the cost of extraction can be read as a multiple of the parse.
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
  }

  /** Parse-only and extraction figures. */
  public record Result(Figure parse, Figure extract) {
    /** How many parses one extraction costs. */
    public double ratio() {
      return parse.pagesPerSecond() / extract.pagesPerSecond();
    }
  }

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
    Figure parsed = loop("jsoup parse", parse, measure);
    loop("warm-up extract", extract, warmup);
    Figure extracted = loop("extract", extract, measure);
    return new Result(parsed, extracted);
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
