package dev.newsflow.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.bench.ExtractionBenchmark;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.FileIngester;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.config.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow bench}: the project's benchmarks; each prints its figures and the command's settings. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the pipeline's speed.",
    subcommands = {BenchCommand.Extract.class, BenchCorpusCommand.class, BenchTagCommand.class,
        BenchPipelineCommand.class, BenchStoriesCommand.class})
public final class BenchCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow bench extract PATH...}: the clean stage against a plain Jsoup parse, one core. */
  @Command(name = "extract", mixinStandardHelpOptions = true, defaultValueProvider = Extract.Defaults.class,
      description = {"Pages/s of the clean stage and of a plain Jsoup parse on the same pages (one thread).",
          "--warmup and --duration are per loop."})
  static final class Extract implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML/text files or directories (.gz too).")
    List<Path> paths;

    @Mixin
    BenchOptions bench;

    @Option(names = "--extract-only", description = "Run the extraction alone, as the pipeline does: no parse "
        + "loop and no ratio.")
    boolean extractOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      List<RawArticle> pages = load(paths);
      ExtractionBenchmark.Result result =
          new ExtractionBenchmark(pages, bench.warmupTime(), bench.measuredTime(), !extractOnly).run();
      PrintWriter out = spec.commandLine().getOut();
      long bytes = pages.stream().mapToLong(p -> p.getContent().length()).sum();
      if (bench.json) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("pages", pages.size());
        node.put("averageChars", bytes / pages.size());
        node.put("extractPagesPerSecond", result.extract().pagesPerSecond());
        node.put("extractCpuMillisPerPage", result.extract().cpuPerPage().toNanos() / 1e6);
        if (result.hasParse()) {
          node.put("parsePagesPerSecond", result.parse().pagesPerSecond());
          node.put("extractToParseRatio", result.ratio());
          result.roundRatios().forEach(node.putArray("roundRatios")::add);
          node.put("extractToParseCpuRatio", result.cpuRatio());
          result.cpuRoundRatios().forEach(node.putArray("cpuRoundRatios")::add);
          node.put("parseCpuMillisPerPage", result.parse().cpuPerPage().toNanos() / 1e6);
        }
        out.println(node.toPrettyString());
      } else {
        out.printf("pages: %d (average %d chars), one thread, warm-up %s per loop, measured %s per loop%n",
            pages.size(), bytes / pages.size(), Durations.format(bench.warmup), Durations.format(bench.duration));
        List<ExtractionBenchmark.Figure> figures =
            result.hasParse() ? List.of(result.parse(), result.extract()) : List.of(result.extract());
        for (ExtractionBenchmark.Figure f : figures) {
          out.printf("%-12s %8.1f pages/s  %6.1f MB/s  (%d pages in %d ms)%n", f.name(), f.pagesPerSecond(),
              f.megabytesPerSecond(), f.pages(), f.elapsed().toMillis());
        }
        if (!result.hasParse()) {
          out.printf("extract in thread CPU time: %.3f ms/page%n", result.extract().cpuPerPage().toNanos() / 1e6);
          out.flush();
          return 0;
        }
        out.printf("extract / parse cost ratio: %.2f (median of %d alternating rounds; rounds %s)%n", result.ratio(),
            result.roundRatios().size(), result.roundRatios().stream().map(r -> String.format("%.2f", r)).toList());
        out.printf("in thread CPU time: %.2f (rounds %s; parse %.3f ms/page, extract %.3f ms/page)%n",
            result.cpuRatio(), result.cpuRoundRatios().stream().map(r -> String.format("%.2f", r)).toList(),
            result.parse().cpuPerPage().toNanos() / 1e6, result.extract().cpuPerPage().toNanos() / 1e6);
      }
      out.flush();
      return 0;
    }

    private static List<RawArticle> load(List<Path> paths) throws IOException {
      ArticleFileReader reader = new ArticleFileReader();
      List<RawArticle> pages = new ArrayList<>();
      for (Path root : paths) {
        for (Path file : FileIngester.articleFiles(root)) {
          try (InputStream in = Files.newInputStream(file)) {
            pages.add(reader.read(file.getFileName().toString(), in, "bench"));
          }
        }
      }
      return pages;
    }

    static final class Defaults extends BenchOptions.Defaults {
      Defaults() {
        super("10s", "20s");
      }
    }
  }
}
