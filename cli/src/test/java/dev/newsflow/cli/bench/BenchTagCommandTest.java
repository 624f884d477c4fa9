package dev.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow bench tag}: the lines and the JSON fields it prints, on a short run. */
class BenchTagCommandTest {

  private static final String TEXTS = """
      {"id": "1", "text": "The prime minister met Angela Merkel in Berlin on Tuesday to discuss trade."}
      {"id": "2", "text": "Manchester United beat Arsenal 2-1 at Old Trafford."}
      """;

  @TempDir
  Path dir;

  @Test
  void shouldPrintTaggingAndKnowledgeBaseLines() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), TEXTS);

    Result result = run("bench", "tag", "--warmup", "0s", "--duration", "200ms", in.toString());

    assertThat(result.exit).as(result.err).isZero();
    String[] lines = result.out.strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("documents: 2 \\([0-9]+ tokens\\), one thread, warm-up 0s, measured 200ms");
    assertThat(lines[1]).matches("tagging: [0-9,]+ tokens/s wall, [0-9,]+ tokens per CPU second, [0-9,.]+ documents/s"
        + " \\([0-9]+ passes in [0-9]+ ms\\)");
    assertThat(lines[2]).matches("knowledge base: [0-9]+ entries, loaded in [0-9]+ ms \\([0-9]+ ms CPU\\),"
        + " -?[0-9.]+ MB of heap after load");
  }

  @Test
  void shouldPrintTheFiguresAsJson() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), TEXTS);

    Result result = run("bench", "tag", "--json", "--warmup", "0s", "--duration", "200ms", in.toString());

    assertThat(result.exit).as(result.err).isZero();
    JsonNode node = new ObjectMapper().readTree(result.out);
    assertThat(node.fieldNames()).toIterable().containsExactly("documents", "tokens", "tokensPerSecond",
        "tokensPerCpuSecond", "documentsPerSecond", "knowledgeBaseEntries", "knowledgeBaseLoadMillis",
        "knowledgeBaseLoadCpuMillis", "knowledgeBaseHeapBytes");
    assertThat(node.get("documents").asInt()).isEqualTo(2);
    assertThat(node.get("tokensPerSecond").asLong()).isPositive();
  }

  @Test
  void shouldRefuseFilesWithoutTexts() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"1\"}\n");

    Result result = run("bench", "tag", in.toString());

    assertThat(result.exit).isEqualTo(2);
    assertThat(result.err).contains("bench tag: no texts in");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private record Result(int exit, String out, String err) {}
}
