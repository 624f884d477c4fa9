package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.run.Demo;
import dev.newsflow.sink.query.Databases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    assertThat(events).hasSize(5);
    assertThat(events).extracting(e -> e.get("title").asText()).containsExactlyInAnyOrder(
        "Council approves new harbour bridge after marathon vote",
        "Semiconductor maker to double output at Dresden plant",
        "Volunteers Pull Two Tonnes of Plastic From the Lea River",
        "Northport votes for £380m harbour crossing despite residents' protest",
        "Residents launch legal challenge against Northport harbour bridge");
    // Issue 18: the three outlets' reports of the bridge vote and its follow-up form one story; the others their own.
    Map<String, String> storyByTitle = new HashMap<>();
    events.forEach(e -> storyByTitle.put(e.get("title").asText(), e.get("storyId").asText()));
    String bridgeStory = storyByTitle.get("Council approves new harbour bridge after marathon vote");
    assertThat(bridgeStory).startsWith("s-");
    assertThat(storyByTitle.get("Northport votes for £380m harbour crossing despite residents' protest"))
        .isEqualTo(bridgeStory);
    assertThat(storyByTitle.get("Residents launch legal challenge against Northport harbour bridge"))
        .isEqualTo(bridgeStory);
    assertThat(storyByTitle.get("Semiconductor maker to double output at Dresden plant")).isNotEqualTo(bridgeStory)
        .isNotEqualTo(storyByTitle.get("Volunteers Pull Two Tonnes of Plastic From the Lea River"));
    JsonNode bridge = events.stream().filter(e -> e.get("title").asText().startsWith("Council")).findFirst()
        .orElseThrow();
    assertThat(bridge.get("text").asText()).contains("31 to 14").doesNotContain("cookies")
        .doesNotContain("Related stories").doesNotContain("Great news for commuters");
    assertThat(bridge.get("authors").get(0).asText()).isEqualTo("Aisha Raman");
    assertThat(err.toString()).contains("5 enriched events printed");

    // The demo's sink wrote each article once, with its entities and topics, to the DuckDB file in the data dir.
    Path database = dir.resolve("sink").resolve(Demo.DATABASE_FILE);
    try (Connection db = Databases.openDuckDb(database);
         Statement statement = db.createStatement()) {
      List<String> titles = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT title FROM articles")) {
        while (rows.next()) {
          titles.add(rows.getString(1));
        }
      }
      assertThat(titles).containsExactlyInAnyOrderElementsOf(
          events.stream().map(e -> e.get("title").asText()).toList());
      try (ResultSet rows = statement.executeQuery("SELECT "
          + "(SELECT count(*) FROM article_entities WHERE article_id IN (SELECT id FROM articles)), "
          + "(SELECT count(*) FROM article_topics WHERE article_id IN (SELECT id FROM articles))")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(events.stream().mapToLong(e -> e.get("entities").size()).sum());
        assertThat(rows.getLong(2)).isEqualTo(events.stream().mapToLong(e -> e.get("topics").size()).sum());
      }
    }

    // Issue 18: the sink stored the bridge story with its three outlets' articles.
    try (Connection db = Databases.openDuckDb(database);
         Statement statement = db.createStatement();
         ResultSet rows = statement.executeQuery("SELECT article_count, outlet_count, merged_into FROM stories "
             + "WHERE id = '" + bridgeStory.replace("'", "''") + "'")) {
      assertThat(rows.next()).as("the bridge story's row").isTrue();
      assertThat(rows.getInt(1)).isEqualTo(3);
      assertThat(rows.getInt(2)).isEqualTo(3);
      assertThat(rows.getString(3)).isNull();
    }
    StringWriter stories = new StringWriter();
    CommandLine storiesCommand = Main.commandLine();
    storiesCommand.setOut(new PrintWriter(stories));
    assertThat(storiesCommand.execute("stories", "--duckdb", database.toString(), "--since", "2000-01-01", "--json"))
        .isZero();
    assertThat(stories.toString()).contains(bridgeStory);

    // ... and the query command finds them there once the demo has stopped.
    StringWriter found = new StringWriter();
    CommandLine query = Main.commandLine();
    query.setOut(new PrintWriter(found));
    assertThat(query.execute("query", "--duckdb", database.toString(), "--json", "--limit", "10")).isZero();
    assertThat(found.toString().lines().map(line -> readTitle(json, line)).toList())
        .containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.get("title").asText()).toList());
  }

  private static String readTitle(ObjectMapper json, String line) {
    try {
      return json.readTree(line).get("title").asText();
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test // issue 14: the demo published three samples and went flat
  void shouldKeepFreshArticlesFlowingWhileItRuns() throws Exception {
    StringWriter err = new StringWriter();
    Path database;
    try (Demo demo = new Demo(new Demo.Options(dir, false, java.time.Duration.ofSeconds(120)),
        new PrintWriter(new StringWriter()), new PrintWriter(err))) {
      int samples = demo.start().size();
      demo.replay(10);
      dev.newsflow.testkit.Await.until("replayed articles stored", () -> demo.written() >= samples + 5,
          java.time.Duration.ofSeconds(120));
      database = demo.sinkFile();
    }
    try (Connection db = Databases.openDuckDb(database);
         Statement statement = db.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(DISTINCT id) FROM articles")) {
      rows.next();
      assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(8);
    }
    assertThat(err.toString()).contains("5 samples published (sent and acknowledged by the broker) in");
  }
}
