package dev.newsflow.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.bench.TopicBenchmark;
import dev.newsflow.bench.UsedHeap;
import dev.newsflow.cli.errors.ErrorLine;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.tagging.topics.DefaultTopicClassifier;
import dev.newsflow.tagging.topics.TopicClassifier;
import dev.newsflow.tagging.topics.TopicInput;
import dev.newsflow.tagging.topics.TopicScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow topics}: IPTC Media Topics for files, stdin or JSON lines, without Kafka. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Rank IPTC Media Topics (top level) for text or HTML files (HTML is cleaned first), or for JSON "
        + "lines with --jsonl ({\"id\",\"text\",\"title\"?,\"section\"?,\"url\"?} in, "
        + "{\"id\",\"topics\":[label,...],\"scores\":[...]} out)."})
public final class TopicsCommand implements Callable<Integer> {

  @Mixin
  LocalInputs local;

  @Option(names = "--jsonl", description = "Read and write JSON lines (the topic scorer's format).")
  boolean jsonl;

  @Option(names = "--model", paramLabel = "FILE",
      description = "A model from 'newsflow train topics', blended with the default classifier.")
  Path model;

  @Option(names = "--blend", defaultValue = "0.5",
      description = "Weight of --model against the default classifier: 1 = only the model (default ${DEFAULT-VALUE}).")
  double blend;

  @Option(names = "--lexicon-only", description = "Leave out the default Naive Bayes model (lexicon and hints only).")
  boolean lexiconOnly;

  @Option(names = "--explain", description = "Add the matched lexicon terms per topic to each output (tuning aid).")
  boolean explain;

  @Option(names = "--url", description = "The page's URL when reading one file or stdin (a hint: /sport/ ...).")
  String url;

  @Option(names = "--bench", description = "With --jsonl: classify the input repeatedly on one thread and print "
      + "articles/s and the heap the loaded classifier takes, instead of predictions.")
  boolean bench;

  // Not the bench commands' --warmup/--duration mixin: these flags (seconds as numbers) are this command's own, and
  // recorded measurements name them.
  @Option(names = "--bench-seconds", defaultValue = "10", description = "Measured seconds for --bench "
      + "(default ${DEFAULT-VALUE}).")
  double benchSeconds;

  @Option(names = "--bench-warmup-seconds", defaultValue = "3", description = "Warm-up seconds for --bench "
      + "(default ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Spec
  CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UsedHeap.Retained<TopicClassifier> loaded;
    try {
      loaded = load();
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("topics: no such model file: " + model);
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("topics: cannot load model " + model + ": " + e.getMessage());
      return 2;
    }
    List<String> inputs = local.inputs();
    int failures = jsonl ? jsonLines(loaded, inputs, out, err) : documents(loaded.value(), inputs, out, err);
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /** The classifier; for --bench, loaded by the engine, which measures the heap it keeps (0 otherwise). */
  private UsedHeap.Retained<TopicClassifier> load() throws IOException {
    return bench ? TopicBenchmark.load(this::classifier) : new UsedHeap.Retained<>(classifier(), 0);
  }

  private TopicClassifier classifier() throws IOException {
    DefaultTopicClassifier c = DefaultTopicClassifier.load(model, blend);
    return lexiconOnly ? c.withoutDefaultModel() : c;
  }


  private int documents(TopicClassifier classifier, List<String> inputs, PrintWriter out, PrintWriter err) {
    ArticleFileReader reader = local.reader();
    ArticleCleaner cleaner = new ArticleCleaner();
    int failures = 0;
    for (String input : inputs) {
      try {
        RawArticle raw = ExtractCommand.read(reader, input);
        String articleUrl = url != null ? url : raw.getUrl();
        CleanedArticle a = cleaner.clean(raw.getContent(), ContentKind.valueOf(raw.getContentType().name()), articleUrl,
            raw.getFetchedAt());
        String pageUrl = a.canonicalUrl() != null ? a.canonicalUrl() : url;
        List<TopicScore> topics = classifier.classify(new TopicInput(a.title(), a.text(), a.section(), pageUrl, List.of()));
        ObjectNode node = JSON.createObjectNode();
        node.put("file", input);
        node.put("title", a.title());
        node.set("topics", topicsJson(topics));
        if (explain && classifier instanceof DefaultTopicClassifier d) {
          node.put("explain", d.explain(new TopicInput(a.title(), a.text(), a.section(), pageUrl, List.of())));
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
      } catch (IOException | RuntimeException e) {
        failures++;
        err.println("topics: " + ErrorLine.about(input, e));
      }
    }
    return failures;
  }

  static ArrayNode topicsJson(List<TopicScore> topics) {
    ArrayNode arr = JSON.createArrayNode();
    for (TopicScore t : topics) {
      ObjectNode o = arr.addObject();
      o.put("code", t.code());
      o.put("label", t.label());
      o.put("score", t.score());
      o.put("rank", t.rank());
    }
    return arr;
  }


  private int jsonLines(UsedHeap.Retained<TopicClassifier> loaded, List<String> inputs, PrintWriter out,
      PrintWriter err) throws IOException {
    TopicClassifier classifier = loaded.value();
    int failures = 0;
    List<String[]> ids = new ArrayList<>();
    List<TopicInput> items = new ArrayList<>();
    for (String input : inputs) {
      try (BufferedReader r = "-".equals(input)
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.path("text").isTextual()) {
              throw new IllegalArgumentException("expected an object with a \"text\" string");
            }
            TopicInput in = new TopicInput(text(n, "title"), text(n, "text"), text(n, "section"), text(n, "url"),
                List.of());
            if (bench) {
              items.add(in);
            } else {
              ObjectNode o = JSON.createObjectNode();
              o.set("id", n.get("id"));
              ArrayNode labels = o.putArray("topics");
              ArrayNode scores = o.putArray("scores");
              for (TopicScore t : classifier.classify(in)) {
                labels.add(t.label());
                scores.add(t.score());
              }
              if (explain && classifier instanceof DefaultTopicClassifier d) {
                o.put("explain", d.explain(in));
              }
              out.println(JSON.writeValueAsString(o));
            }
          } catch (IOException | RuntimeException e) {
            failures++;
            err.println("topics: " + input + ":" + lineNo + ": " + e.getMessage());
          }
        }
      }
    }
    if (bench) {
      bench(loaded, items, out);
    }
    return failures;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private void bench(UsedHeap.Retained<TopicClassifier> classifier, List<TopicInput> items, PrintWriter out) {
    if (items.isEmpty()) {
      out.println("topics bench: no input");
      return;
    }
    TopicBenchmark.Result r =
        new TopicBenchmark(classifier, items, seconds(warmupSeconds), seconds(benchSeconds)).run();
    out.printf("topics bench: %d articles (avg %d chars), one thread, %.1f s: %.0f articles/s, %.0f per CPU second; "
        + "classifier heap %.1f MB (%d topics returned in all)%n", r.articles(), r.averageChars(), r.seconds(),
        r.articlesPerSecond(), r.articlesPerCpuSecond(), r.classifierHeapBytes() / 1e6, r.topicsReturned());
  }

  private static Duration seconds(double seconds) {
    return Duration.ofNanos((long) (seconds * 1e9));
  }
}
