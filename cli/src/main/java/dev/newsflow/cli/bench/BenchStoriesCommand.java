package dev.newsflow.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.bench.BenchCorpus;
import dev.newsflow.bench.StoryStageBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench stories}: what the stories stage costs per article with many live stories, measured by
 * {@link StoryStageBenchmark} on one thread.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, defaultValueProvider = BenchStoriesCommand.Defaults.class,
    description = {"Time per article of the stories stage (assign, fold, global store update, with their stores "
        + "and serdes) with N live stories loaded first; one thread."})
public final class BenchStoriesCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "DIR|FILE.jsonl",
      description = "Pages to clean and tag once (default: the synthetic corpus).")
  Path corpus;

  @Option(names = "--pages", defaultValue = "60", description = "Distinct pages (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--live-stories", defaultValue = "100000",
      description = "Synthetic stories loaded before timing (default ${DEFAULT-VALUE}).")
  int liveStories;

  @Mixin
  BenchOptions bench;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (pages < 1 || liveStories < 0) {
      throw new IllegalArgumentException("--pages must be at least 1 and --live-stories at least 0");
    }
    BenchCorpus source = corpus == null ? BenchCorpus.synthetic(1, 20_000, 60_000) : BenchCorpus.load(corpus);
    StoryStageBenchmark.Result r = new StoryStageBenchmark(source, pages, liveStories, bench.warmupTime(),
        bench.measuredTime()).run();
    PrintWriter out = spec.commandLine().getOut();
    if (bench.json) {
      ObjectNode node = new ObjectMapper().valueToTree(r);
      out.println(node);
    } else {
      out.printf("corpus %s, %d pages; %,d live stories loaded in %,d ms%n", r.corpus(), r.pages(),
          r.liveStories(), r.loadMillis());
      out.printf("stories stage: %,d articles; wall p50 %.0f µs, p99 %.0f µs, mean %.0f µs; thread CPU p50 %.0f µs, "
          + "p99 %.0f µs, mean %.0f µs per article (%,d story states published); state on disk %,d MB%n",
          r.articles(), r.p50Micros(), r.p99Micros(), r.meanMicros(), r.cpuP50Micros(), r.cpuP99Micros(),
          r.cpuMeanMicros(), r.storiesPublished(), r.stateBytes() / (1024 * 1024));
    }
    out.flush();
    return 0;
  }

  static final class Defaults extends BenchOptions.Defaults {
    Defaults() {
      super("10s", "20s");
    }
  }
}
