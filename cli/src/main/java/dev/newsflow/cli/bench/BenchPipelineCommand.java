package dev.newsflow.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsflow.bench.BenchCorpus;
import dev.newsflow.bench.PipelineBenchmark;
import dev.newsflow.bench.SoakSampler;
import dev.newsflow.bench.StageBenchmark;
import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.DurationConverter;
import dev.newsflow.local.LocalStack;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.sink.duckdb.DuckDbStore;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench pipeline}: the whole pipeline under load on the embedded stack (or a given cluster), or
 * with {@code --stages} each enrich stage's own cost without Kafka.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
    defaultValueProvider = BenchPipelineCommand.Defaults.class,
    description = {"End-to-end throughput and latency: publish -> enrich -> sink on the embedded stack (broker in a"
        + " child JVM, enrich and sink in this one), or on a cluster with --external.",
        "--stages: each enrich stage's cost per article, without Kafka."})
final class BenchPipelineCommand implements Callable<Integer> {

  @Option(names = "--stages", description = "Time each stage alone (parse, clean, entities, topics, serde).")
  boolean stages;

  @Option(names = "--corpus", paramLabel = "DIR|FILE.jsonl",
      description = "Real pages: a directory of HTML/text files or a JSON Lines file (default: synthetic pages).")
  Path corpus;

  @Option(names = "--min-bytes", defaultValue = "20000",
      description = "Smallest synthetic page (default ${DEFAULT-VALUE}).")
  int minBytes;

  @Option(names = "--max-bytes", defaultValue = "60000",
      description = "Largest synthetic page (default ${DEFAULT-VALUE}).")
  int maxBytes;

  @Option(names = "--seed", defaultValue = "1", description = "Synthetic corpus seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rate", defaultValue = "max", paramLabel = "N/s|max",
      description = "Articles per second to publish, or max (default ${DEFAULT-VALUE}).")
  String rate;

  @Option(names = "--window", defaultValue = "200",
      description = "At max rate, most articles published but not yet enriched (default ${DEFAULT-VALUE}).")
  int window;

  @Mixin
  BenchOptions bench;

  @Option(names = "--articles", defaultValue = "0",
      description = "Measured articles instead of a duration (default: use --duration).")
  long articles;

  @Option(names = "--drain-timeout", defaultValue = "120s",
      description = "Longest wait for the last articles after publishing stops (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration drainTimeout;

  @Option(names = "--enrich-threads", defaultValue = "0",
      description = "Stream threads of the enrich topology (default 0: one per processor, as enrich runs).")
  int enrichThreads;

  @Option(names = "--no-stories", description = "Run enrich without the stories stage, to see what it costs.")
  boolean noStories;

  @Option(names = "--sink", defaultValue = "duckdb", description = "duckdb or jsonl (default ${DEFAULT-VALUE}).")
  String sink;

  @Option(names = "--pages", defaultValue = "200", description = "--stages: distinct pages (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--external",
      description = "Use the cluster of --bootstrap-servers/--schema-registry instead of starting the embedded stack.")
  boolean external;

  @Option(names = "--sample-every", paramLabel = "DURATION",
      description = "Soak: every DURATION print heap after a full GC, RSS of this JVM and the broker, and the backlog;"
          + " at the end, whether memory stayed flat and the backlog bounded (e.g. --duration 30m --rate 20/s"
          + " --sample-every 30s).", converter = DurationConverter.class)
  Duration sampleEvery;

  @Mixin
  ClusterOptions cluster;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    BenchCorpus pagesSource = corpus != null ? BenchCorpus.load(corpus)
        : BenchCorpus.synthetic(seed, minBytes, maxBytes);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (stages) {
      StageBenchmark.Result result = new StageBenchmark(pagesSource, pages, bench.warmupTime(),
          bench.measuredTime()).run();
      out.println(bench.json ? toJson(result) : StageTable.format(result));
      out.flush();
      return 0;
    }
    Path work = Files.createTempDirectory("newsflow-bench");
    LocalStack stack = null;
    try {
      KafkaSettings kafka;
      Optional<ProcessHandle> broker = Optional.empty();
      if (external) {
        kafka = cluster.settings();
      } else {
        err.println("starting the embedded stack (broker in a child JVM) ...");
        err.flush();
        stack = LocalStack.builder().dataDir(work.resolve("stack")).build().start();
        kafka = stack.settings();
        broker = stack.kafka().childProcess();
      }
      PipelineBenchmark.Settings settings = new PipelineBenchmark.Settings(kafka, cluster.topics(), pagesSource,
          parseRate(rate), window, bench.warmupTime(), bench.measuredTime(), articles,
          drainTimeout, enrichThreads, work, store(), !noStories);
      PipelineBenchmark pipeline = new PipelineBenchmark(settings, err, broker);
      SoakSampler sampler = sampleEvery == null ? null : new SoakSampler(sampleEvery, err, broker,
          pipeline::publishedCount, pipeline::enrichedCount, pipeline::sunkCount);
      PipelineBenchmark.Result result;
      if (sampler != null) {
        sampler.start();
      }
      try {
        result = pipeline.run();
      } finally {
        if (sampler != null) {
          sampler.close();
        }
      }
      out.println(bench.json ? toJson(result) : PipelineTable.format(result, rate, sink));
      if (sampler != null) {
        out.println(SoakSampler.format(SoakSampler.summarize(sampler.samples())));
      }
      out.flush();
      if (!result.complete()) {
        err.printf("not every article arrived within --drain-timeout %s%n", drainTimeout);
        err.flush();
        return 1;
      }
      if (result.fellBehind()) {
        err.printf("the pipeline fell behind rate %s: %.1f articles/s came out (see fellBehind)%n", rate,
            result.articlesPerSecond());
        err.flush();
        return 1;
      }
      return 0;
    } finally {
      if (stack != null) {
        stack.close();
      }
      deleteRecursively(work);
    }
  }

  static final class Defaults extends BenchOptions.Defaults {
    Defaults() {
      super("10s", "30s");
    }
  }

  private PipelineBenchmark.StoreFactory store() {
    return switch (sink.toLowerCase(Locale.ROOT)) {
      case "duckdb" -> dir -> new DuckDbStore(dir.resolve("bench.duckdb"));
      case "jsonl" -> dir -> new JsonLinesStore(dir.resolve("bench.jsonl"));
      default -> throw new IllegalArgumentException("--sink must be duckdb or jsonl, not '" + sink + "'");
    };
  }

  static double parseRate(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("max")) {
      return 0;
    }
    if (value.endsWith("/s")) {
      value = value.substring(0, value.length() - 2);
    }
    try {
      double rate = Double.parseDouble(value);
      if (rate > 0) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--rate must be N/s with N > 0, or max, not '" + text + "'");
  }

  private static String toJson(Object result) throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp dir is harmless
    }
  }

  /** The human-readable table of a pipeline run. */
  static final class PipelineTable {
    private PipelineTable() {}

    static String format(PipelineBenchmark.Result r, String rate, String sink) {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "corpus: %s; rate %s; enrich threads %d; sink %s%n", r.corpus(), rate,
          r.enrichThreads(), sink));
      s.append(String.format(Locale.ROOT, "articles: published %,d, enriched %,d, written by the sink %,d"
          + " (measured after warm-up %,d); publish failures %d; duplicates enriched %d, sunk %d%s%n",
          r.published(), r.enriched(), r.sunk(), r.measured(), r.publishFailures(), r.duplicatesEnriched(),
          r.duplicatesSunk(), r.complete() ? "" : "; INCOMPLETE (drain timeout)"));
      if (r.fellBehind()) {
        s.append(String.format(Locale.ROOT, "FELL BEHIND: %,d of %,d measured articles came out enriched, at %.1f"
            + " articles/s against rate %s; the figures below describe a backlog, not the pipeline (lower --rate)%n",
            r.measuredEnriched(), r.measured(), r.articlesPerSecond(), rate));
      }
      s.append(String.format(Locale.ROOT, "throughput: %.1f articles/s, %.2f MB/s of HTML to news.enriched;"
          + " %.1f articles/s to the sink%n", r.articlesPerSecond(), r.megabytesPerSecond(),
          r.sinkArticlesPerSecond()));
      s.append(String.format(Locale.ROOT, "%-22s %8s %9s %9s %9s %9s %9s%n", "latency (ms)", "count", "p50", "p90",
          "p99", "max", "mean"));
      row(s, "publish -> enriched", r.toEnriched());
      row(s, "publish -> sink write", r.toSink());
      s.append(String.format(Locale.ROOT, "CPU: this JVM %.1f s, broker JVM %s; %.2f ms CPU per enriched article;"
          + " wall %.1f s%n", r.processCpuSeconds(), Double.isNaN(r.brokerCpuSeconds()) ? "n/a"
          : String.format(Locale.ROOT, "%.1f s", r.brokerCpuSeconds()), r.cpuMillisPerArticle(), r.wallSeconds()));
      s.append(String.format(Locale.ROOT, "heap: peak used %.0f MB (sampled each second), sum of heap pool peaks"
          + " %.0f MB", r.peakHeapMb(), r.heapPoolPeaksMb()));
      return s.toString();
    }

    private static void row(StringBuilder s, String name, PipelineBenchmark.Latency l) {
      s.append(String.format(Locale.ROOT, "%-22s %,8d %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, l.count(), l.p50(),
          l.p90(), l.p99(), l.max(), l.mean()));
    }
  }

  /** The human-readable table of a stages run. */
  static final class StageTable {
    private StageTable() {}

    static String format(StageBenchmark.Result r) {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "corpus: %s; %d pages, average %,d bytes; one thread%n", r.corpus(),
          r.pages(), r.averageBytes()));
      s.append(String.format(Locale.ROOT, "%-10s %9s %11s %11s %11s %7s%n", "stage", "articles", "mean µs",
          "p50 µs", "p99 µs", "share"));
      for (StageBenchmark.StageCost c : r.stages()) {
        s.append(String.format(Locale.ROOT, "%-10s %,9d %,11.1f %,11.1f %,11.1f %7s%n", c.stage(), c.articles(),
            c.meanMicros(), c.p50Micros(), c.p99Micros(),
            Double.isNaN(c.share()) ? "(in clean)" : String.format(Locale.ROOT, "%.1f%%", 100 * c.share())));
      }
      s.append(String.format(Locale.ROOT, "total (clean + entities + topics + serde): %,.1f µs per article,"
          + " %.0f articles/s on one core", r.totalMicros(), 1e6 / r.totalMicros()));
      return s.toString();
    }
  }
}
