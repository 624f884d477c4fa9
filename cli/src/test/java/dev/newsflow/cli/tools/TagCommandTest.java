package dev.newsflow.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void shouldTagJsonLinesWithOffsetsIntoTheGivenText() throws Exception {
    String first = "GENEVA, Switzerland\nSecretary of State Marco Rubio met Ukrainian officials in Geneva.";
    String second = "Details were scarce.  Putin said nothing.";
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, JSON.writeValueAsString(JSON.createObjectNode().put("id", "a").put("text", first)) + "\n"
        + "{not json}\n"
        + JSON.writeValueAsString(JSON.createObjectNode().put("id", "b").put("text", second)
            .put("title", "Kremlin silent")) + "\n");

    Result result = run("tag", "--jsonl", in.toString());

    assertThat(result.exit).isEqualTo(1); // the bad line is reported, the others still tagged
    assertThat(result.err).contains("line 2");
    String[] lines = result.out.strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode a = JSON.readTree(lines[0]);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("topics").isArray()).isTrue();
    List<String> found = new ArrayList<>();
    for (JsonNode e : a.get("entities")) {
      String surface = first.substring(e.get("start").asInt(), e.get("end").asInt());
      found.add(surface + "/" + e.get("type").asText());
      if (surface.equalsIgnoreCase("Geneva")) {
        assertThat(e.get("name").asText()).isEqualTo("Geneva");
        assertThat(e.get("kbId").asText()).startsWith("geonames:");
      }
    }
    assertThat(found).containsExactly("GENEVA/LOCATION", "Switzerland/LOCATION", "Marco Rubio/PERSON",
        "Ukrainian/MISC", "Geneva/LOCATION");
    JsonNode b = JSON.readTree(lines[1]);
    assertThat(b.get("entities")).hasSize(1);
    JsonNode putin = b.get("entities").get(0);
    assertThat(second.substring(putin.get("start").asInt(), putin.get("end").asInt())).isEqualTo("Putin");
    assertThat(putin.get("name").asText()).isEqualTo("Vladimir Putin");
  }

  @Test
  void shouldCleanHtmlAndPrintEntitiesWithSalience() throws Exception {
    Path page = Files.writeString(dir.resolve("a.html"), "<html lang=en><head><title>NATO meets in Brussels"
        + "</title></head><body><nav>Home World</nav><article><h1>NATO meets in Brussels</h1><p>NATO ministers "
        + "met in Brussels on Friday. According to diplomats, the talks were hard.</p><p>President Volodymyr "
        + "Zelensky joined by video from Kyiv.</p></article></body></html>");

    Result result = run("tag", "--compact", page.toString());

    assertThat(result.exit).isZero();
    JsonNode doc = JSON.readTree(result.out);
    String text = doc.get("text").asText();
    assertThat(text).doesNotContain("Home World");
    JsonNode entities = doc.get("entities");
    assertThat(entities.get(0).get("name").asText()).isIn("North Atlantic Treaty Organization", "Brussels");
    assertThat(entities.get(0).get("salience").asDouble()).isEqualTo(1.0);
    List<String> names = new ArrayList<>();
    for (JsonNode e : entities) {
      names.add(e.get("name").asText());
      for (JsonNode span : e.get("spans")) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
            .isEqualTo(span.get("text").asText());
      }
    }
    assertThat(names).contains("Volodymyr Zelensky", "Kyiv").doesNotContain("According");
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
