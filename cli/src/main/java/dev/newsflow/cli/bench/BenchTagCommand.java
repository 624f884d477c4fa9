package dev.newsflow.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.cli.options.Durations;
import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench tag FILE...}: entity tagging speed on one thread (tokens/s after warm-up), and what loading
 * the knowledge base costs (time, heap). Inputs are text files or JSON lines with a "text" field.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Tokens/s of entity tagging on one thread, and the knowledge base's load time and heap.")
public final class BenchTagCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or .jsonl files of {\"text\"} lines.")
  List<Path> files;

  @Option(names = "--warmup", defaultValue = "10s", description = "Warm-up (default ${DEFAULT-VALUE}).")
  String warmup;

  @Option(names = "--duration", defaultValue = "20s", description = "Measured time (default ${DEFAULT-VALUE}).")
  String duration;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> texts = load(files);
    if (texts.isEmpty()) {
      spec.commandLine().getErr().println("bench tag: no texts in " + files);
      return 2;
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = usedHeapAfterGc(memory);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long cpu0 = threads.getCurrentThreadCpuTime();
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    long loadMillis = (System.nanoTime() - t0) / 1_000_000;
    long loadCpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    long heapAfter = usedHeapAfterGc(memory);
    EntityTagger tagger = EntityTagger.shipped();
    NewsTokenizer tokenizer = new NewsTokenizer();
    long tokensPerPass = texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum();

    run(tagger, texts, Durations.parse(warmup));
    long cpu1 = threads.getCurrentThreadCpuTime();
    Run measured = run(tagger, texts, Durations.parse(duration));
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu1) / 1e9;
    double seconds = measured.nanos / 1e9;
    double tokensPerSecond = measured.passes * tokensPerPass / seconds;
    double docsPerSecond = measured.docs / seconds;

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("documents", texts.size());
      node.put("tokens", tokensPerPass);
      node.put("tokensPerSecond", Math.round(tokensPerSecond));
      node.put("tokensPerCpuSecond", Math.round(measured.passes * tokensPerPass / cpuSeconds));
      node.put("documentsPerSecond", Math.round(docsPerSecond));
      node.put("knowledgeBaseEntries", kb.size());
      node.put("knowledgeBaseLoadMillis", loadMillis);
      node.put("knowledgeBaseLoadCpuMillis", loadCpuMillis);
      node.put("knowledgeBaseHeapBytes", heapAfter - heapBefore);
      out.println(node.toPrettyString());
    } else {
      out.printf("documents: %d (%d tokens), one thread, warm-up %s, measured %s%n", texts.size(), tokensPerPass,
          warmup, duration);
      out.printf("tagging: %,.0f tokens/s wall, %,.0f tokens per CPU second, %,.1f documents/s (%d passes in %d ms)%n",
          tokensPerSecond, measured.passes * tokensPerPass / cpuSeconds, docsPerSecond, measured.passes,
          measured.nanos / 1_000_000);
      out.printf("knowledge base: %d entries, loaded in %d ms (%d ms CPU), %.1f MB of heap after load%n", kb.size(),
          loadMillis, loadCpuMillis, (heapAfter - heapBefore) / 1e6);
    }
    out.flush();
    return 0;
  }

  private record Run(long passes, long docs, long nanos) { }

  /** Whole passes over the texts until {@code budget} is spent. */
  private static Run run(EntityTagger tagger, List<String> texts, Duration budget) {
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
    return new Run(passes, docs, System.nanoTime() - start);
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static List<String> load(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      if (file.getFileName().toString().endsWith(".jsonl")) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode node = json.readTree(line);
            if (node.path("text").isTextual()) {
              texts.add(node.get("text").asText());
            }
          }
        }
      } else {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
