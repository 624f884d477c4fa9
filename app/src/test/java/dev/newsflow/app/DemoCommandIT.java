package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow demo --once} as a user runs it: child-JVM broker, registry, topology, sink, samples. */
class DemoCommandIT {

  @TempDir
  Path dir;

  @Test
  void shouldRunTheSamplesThroughAndExitZero() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("demo", "--once", "--timeout", "120s", "--data-dir", dir.toString());

    assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        events.add(json.readTree(line));
      }
    }
    assertThat(events).hasSize(3);
    assertThat(events).extracting(e -> e.get("title").asText()).containsExactlyInAnyOrder(
        "Council approves new harbour bridge after marathon vote",
        "Semiconductor maker to double output at Dresden plant",
        "Volunteers Pull Two Tonnes of Plastic From the Lea River");
    JsonNode bridge = events.stream().filter(e -> e.get("title").asText().startsWith("Council")).findFirst()
        .orElseThrow();
    assertThat(bridge.get("text").asText()).contains("31 to 14").doesNotContain("cookies")
        .doesNotContain("Related stories").doesNotContain("Great news for commuters");
    assertThat(bridge.get("authors").get(0).asText()).isEqualTo("Aisha Raman");
    assertThat(Files.readAllLines(dir.resolve("sink/enriched.jsonl"))).hasSize(3);
    assertThat(err.toString()).contains("3 enriched events printed");
  }
}
