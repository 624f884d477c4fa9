package dev.newsflow.cli.tools;

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

/** {@code newsflow topics} and {@code newsflow train topics} on material written for the project. */
class TopicsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ARTICLES = """
      {"id": "a1", "title": "Chancellor's budget cuts income tax", "text": "The chancellor told MPs his budget would cut income tax and raise spending on schools, in what the opposition called a pre-election giveaway. The prime minister said the government had kept its promises."}
      {"id": "a2", "title": "Keeper's heroics take holders through", "text": "The goalkeeper saved two penalties in the shoot-out as the cup holders reached the semi-finals. The striker had given them the lead before the visitors equalised in the second half."}
      """;

  private static final String LABELLED = """
      {"title": "Harbour dredging starts", "text": "Dredging of the harbour channel starts on Monday so larger ferries can dock at the quay.", "topics": ["harbour"]}
      {"text": "The harbour master said fishing boats must use the north quay while the ferry berth is repaired.", "topics": ["harbour"]}
      {"text": "The allotment society's show had prize marrows, onions and a jam competition judged by the mayor.", "topics": ["allotments"]}
      {"title": "Allotment waiting list grows", "text": "More residents want an allotment plot to grow vegetables, and the waiting list has doubled.", "topics": ["allotments"]}
      """;

  @TempDir
  Path dir;

  @Test
  void jsonLinesRoundTripInTheScorersFormat() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), ARTICLES);
    Result result = run("topics", "--jsonl", in.toString());
    assertThat(result.exit).as(result.err).isZero();
    String[] lines = result.out.strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines[0]);
    JsonNode second = JSON.readTree(lines[1]);
    assertThat(first.get("id").asText()).isEqualTo("a1");
    assertThat(first.get("topics").get(0).asText()).isEqualTo("politics");
    assertThat(first.get("scores").size()).isEqualTo(first.get("topics").size());
    assertThat(first.get("scores").get(0).asDouble()).isBetween(0.0, 1.0);
    assertThat(second.get("id").asText()).isEqualTo("a2");
    assertThat(second.get("topics").get(0).asText()).isEqualTo("sport");
  }

  @Test
  void badJsonLinesAreReportedAndTheRestStillClassified() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"x\"}\n" + ARTICLES);
    Result result = run("topics", "--jsonl", in.toString());
    assertThat(result.exit).isEqualTo(1);
    assertThat(result.err).contains("in.jsonl:1").contains("text");
    assertThat(result.out.strip().split("\n")).hasSize(2);
  }

  @Test
  void textFilesGoThroughTheCleanStageAndUseTheSectionLine() throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"),
        "Business\nShares rise after profit upgrade\nShares in the engineering group rose 8% after it raised its "
            + "profit forecast on strong orders from airlines. Analysts said the company's debts were falling.\n");
    Result result = run("topics", story.toString());
    assertThat(result.exit).as(result.err).isZero();
    JsonNode node = JSON.readTree(result.out);
    assertThat(node.get("title").asText()).isEqualTo("Shares rise after profit upgrade");
    JsonNode top = node.get("topics").get(0);
    assertThat(top.get("code").asText()).isEqualTo("medtop:04000000");
    assertThat(top.get("label").asText()).isEqualTo("economy, business and finance");
    assertThat(top.get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void trainedModelWithOwnLabelsIsUsedByTopics() throws Exception {
    Path data = Files.writeString(dir.resolve("labelled.jsonl"), LABELLED);
    Path model = dir.resolve("models/harbour.tsv");
    Result trained = run("train", "topics", "--data", data.toString(), "--out", model.toString());
    assertThat(trained.exit).as(trained.err).isZero();
    assertThat(trained.out).contains("4 examples").contains("2 labels");
    assertThat(model).exists();

    Path in = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\": \"h\", \"text\": \"The ferry berth at the harbour quay reopens after dredging.\"}\n");
    Result result = run("topics", "--jsonl", "--model", model.toString(), "--blend", "1", in.toString());
    assertThat(result.exit).as(result.err).isZero();
    assertThat(JSON.readTree(result.out).get("topics").get(0).asText()).isEqualTo("harbour");
  }

  @Test
  void trainingRefusesBadDataWithTheLineNumber() throws Exception {
    Path data = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"no topics here\"}\n");
    Result result = run("train", "topics", "--data", data.toString(), "--out", dir.resolve("m.tsv").toString());
    assertThat(result.exit).isEqualTo(2);
    assertThat(result.err).contains("bad.jsonl:1");
    assertThat(dir.resolve("m.tsv")).doesNotExist();
  }

  @Test
  void missingOrForeignModelFilesAreClearErrors() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), ARTICLES);
    Result missing = run("topics", "--jsonl", "--model", dir.resolve("nope.tsv").toString(), in.toString());
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).contains("no such model file").contains("nope.tsv");
    Result foreign = run("topics", "--jsonl", "--model", in.toString(), in.toString());
    assertThat(foreign.exit).isEqualTo(2);
    assertThat(foreign.err).contains("not a newsflow topic model");
    assertThat(foreign.out).isEmpty();
  }

  @Test
  void benchPrintsArticlesPerSecondAndHeap() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), ARTICLES);
    Result result = run("topics", "--jsonl", "--bench", "--bench-warmup-seconds", "0", "--bench-seconds", "0.2",
        in.toString());
    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.out)
        .containsPattern("2 articles .* [0-9]+ articles/s, [0-9]+ per CPU second; classifier heap -?[0-9.]+ MB");
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
