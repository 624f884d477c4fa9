package dev.newsflow.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final String PAGE = "<html lang=en><head><title>Dam opens | Valley News</title></head><body>"
      + "<nav>Home News Sport</nav><article><h1>Dam opens</h1><p>The new dam opened on Friday after six years of "
      + "work.</p><p>It will supply water to 40,000 homes.</p></article><footer>Valley News</footer></body></html>";

  @TempDir
  Path dir;

  @Test
  void shouldPrintOneJsonLinePerFileWithMetadataAndText() throws Exception {
    Path a = Files.writeString(dir.resolve("a.html"), PAGE);
    Path b = Files.writeString(dir.resolve("b.txt"), "Sport\nLocal team wins the cup\nIt was a close game.");
    Result result = run("extract", "--format", "jsonl", a.toString(), b.toString());

    assertThat(result.exit).isZero();
    String[] lines = result.out.strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("file").asText()).isEqualTo(a.toString());
    assertThat(first.get("text").asText()).contains("The new dam opened on Friday").doesNotContain("Home News");
    assertThat(first.get("language").asText()).isEqualTo("en");
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.get("title").asText()).isEqualTo("Local team wins the cup");
    assertThat(second.get("section").asText()).isEqualTo("Sport");
  }

  // Issue 19: the page's own publish day is printed, for the date scorer; publishedAt in UTC is the day before.
  @Test
  void shouldPrintThePagesOwnPublishDayAndOffset() throws Exception {
    Path a = Files.writeString(dir.resolve("a.html"), PAGE.replace("<title>",
        "<meta property=\"article:published_time\" content=\"2020-03-16T00:30:00+01:00\"><title>"));
    Result result = run("extract", "--format", "jsonl", a.toString());
    JsonNode line = new ObjectMapper().readTree(result.out.strip());
    assertThat(line.get("publishedAt").asText()).isEqualTo("2020-03-15T23:30:00Z");
    assertThat(line.get("publishedDate").asText()).isEqualTo("2020-03-16");
    assertThat(line.get("publishedOffset").asText()).isEqualTo("+01:00");
  }

  @Test
  void shouldCountRelativeTimesFromTheFetchTimeOnlyWhenGiven() throws Exception {
    Path a = Files.writeString(dir.resolve("a.html"), PAGE.replace("<h1>Dam opens</h1>",
        "<h1>Dam opens</h1><span class=\"date\">3 hours ago</span>"));
    ObjectMapper json = new ObjectMapper();
    JsonNode known = json.readTree(run("extract", "--format", "jsonl", "--fetched-at", "2020-03-16T01:00:00Z",
        a.toString()).out.strip());
    assertThat(known.get("publishedDate").asText()).isEqualTo("2020-03-15");
    JsonNode unknown = json.readTree(run("extract", "--format", "jsonl", a.toString()).out.strip());
    assertThat(unknown.get("publishedDate").isNull()).as("a file's read time is not the page's fetch").isTrue();
  }

  @Test
  void shouldPrintPlainTextByDefaultAndFailClearlyOnAMissingFile() throws Exception {
    Path a = Files.writeString(dir.resolve("a.html"), PAGE, StandardCharsets.UTF_8);
    Result result = run("extract", a.toString(), dir.resolve("missing.html").toString());
    assertThat(result.out).contains("It will supply water to 40,000 homes.").doesNotContain("{");
    assertThat(result.exit).isEqualTo(1);
    assertThat(result.err).contains("missing.html");
  }

  @Test
  void shouldBenchmarkExtractionAgainstTheParse() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Result result = run("bench", "extract", "--warmup", "100ms", "--duration", "200ms", "--json", dir.toString());
    assertThat(result.exit).isZero();
    JsonNode figures = new ObjectMapper().readTree(result.out);
    assertThat(figures.get("pages").asInt()).isEqualTo(1);
    assertThat(figures.get("parsePagesPerSecond").asDouble()).isPositive();
    assertThat(figures.get("extractPagesPerSecond").asDouble()).isPositive();
    assertThat(figures.get("extractToParseRatio").asDouble()).isPositive();
    assertThat(figures.get("extractToParseCpuRatio").asDouble()).isPositive();
    assertThat(figures.get("cpuRoundRatios")).hasSize(figures.get("roundRatios").size());
    assertThat(figures.get("extractCpuMillisPerPage").asDouble()).isPositive();
  }

  @Test
  void shouldBenchmarkTheExtractionAloneWhenAsked() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Result json = run("bench", "extract", "--extract-only", "--warmup", "100ms", "--duration", "200ms", "--json",
        dir.toString());
    assertThat(json.exit).isZero();
    JsonNode figures = new ObjectMapper().readTree(json.out);
    assertThat(figures.get("extractCpuMillisPerPage").asDouble()).isPositive();
    assertThat(figures.has("parsePagesPerSecond")).as("no parse loop ran").isFalse();
    assertThat(figures.has("extractToParseRatio")).isFalse();

    Result text = run("bench", "extract", "--extract-only", "--warmup", "100ms", "--duration", "200ms",
        dir.toString());
    assertThat(text.exit).isZero();
    assertThat(text.out).contains("extract in thread CPU time:").doesNotContain("jsoup parse", "ratio");
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
