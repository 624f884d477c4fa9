package dev.newsflow.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.bench.TagBenchmark;
import dev.newsflow.schemas.config.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench tag FILE...}: entity tagging speed on one thread (tokens/s after warm-up), and what loading
 * the knowledge base costs (time, heap), measured by {@link TagBenchmark}. Inputs are text files or JSON lines with a
 * "text" field.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, defaultValueProvider = BenchTagCommand.Defaults.class,
    description = "Tokens/s of entity tagging on one thread, and the knowledge base's load time and heap.")
public final class BenchTagCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or .jsonl files of {\"text\"} lines.")
  List<Path> files;

  @Mixin
  BenchOptions bench;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> texts = load(files);
    if (texts.isEmpty()) {
      spec.commandLine().getErr().println("bench tag: no texts in " + files);
      return 2;
    }
    TagBenchmark.Result r = new TagBenchmark(texts, bench.warmupTime(), bench.measuredTime()).run();
    TagBenchmark.KnowledgeBaseLoad kb = r.knowledgeBase();
    PrintWriter out = spec.commandLine().getOut();
    if (bench.json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("documents", r.documents());
      node.put("tokens", r.tokens());
      node.put("tokensPerSecond", Math.round(r.tokensPerSecond()));
      node.put("tokensPerCpuSecond", Math.round(r.tokensPerCpuSecond()));
      node.put("documentsPerSecond", Math.round(r.documentsPerSecond()));
      node.put("knowledgeBaseEntries", kb.entries());
      node.put("knowledgeBaseLoadMillis", kb.millis());
      node.put("knowledgeBaseLoadCpuMillis", kb.cpuMillis());
      node.put("knowledgeBaseHeapBytes", kb.heapBytes());
      out.println(node.toPrettyString());
    } else {
      out.printf("documents: %d (%d tokens), one thread, warm-up %s, measured %s%n", r.documents(), r.tokens(),
          Durations.format(bench.warmup), Durations.format(bench.duration));
      out.printf("tagging: %,.0f tokens/s wall, %,.0f tokens per CPU second, %,.1f documents/s (%d passes in %d ms)%n",
          r.tokensPerSecond(), r.tokensPerCpuSecond(), r.documentsPerSecond(), r.passes(), r.nanos() / 1_000_000);
      out.printf("knowledge base: %d entries, loaded in %d ms (%d ms CPU), %.1f MB of heap after load%n", kb.entries(),
          kb.millis(), kb.cpuMillis(), kb.heapBytes() / 1e6);
    }
    out.flush();
    return 0;
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

  static final class Defaults extends BenchOptions.Defaults {
    Defaults() {
      super("10s", "20s");
    }
  }
}
