package dev.newsflow.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.CliRun;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.TestStories;
import dev.newsflow.sink.duckdb.DuckDbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: {@code newsflow stories} and {@code query --story} on a DuckDB file written by the sink's store. */
class StoriesCommandTest {

  @TempDir
  Path dir;

  private String db;

  @BeforeEach
  void storeStories() throws Exception {
    db = dir.resolve("news.duckdb").toString();
    try (DuckDbStore store = new DuckDbStore(Path.of(db))) {
      store.writeStories(List.of(TestStories.story("s-flood", "Flood hits Northport", "2025-06-12T12:00:00Z"),
          TestStories.story("s-vote", "Parliament passes the budget", "2025-06-11T12:00:00Z"),
          TestStories.story("s-old", "An old story", "2025-05-01T12:00:00Z"),
          TestStories.merged("s-flood2", "s-flood", "2025-06-12T12:30:00Z")));
      store.write(List.of(inStory("f1", "2025-06-12T10:00:00Z", "s-flood", "Rivers burst their banks"),
          inStory("f2", "2025-06-12T11:00:00Z", "s-flood2", "Northport under water"),
          inStory("v1", "2025-06-11T11:00:00Z", "s-vote", "Budget passes")));
    }
  }

  @Test
  void shouldListRecentLiveStoriesWithCountsOutletsAndEntities() {
    CliRun run = CliRun.of("stories", "--duckdb", db, "--since", "2025-06-01");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).contains("ARTICLES", "HEADLINE", "OUTLETS", "ENTITIES");
    assertThat(lines.get(1)).contains("2025-06-12 11:59", "Flood hits Northport", "2: wire, daily",
        "Northport, Ada Lovelace", "s-flood");
    assertThat(lines.get(2)).contains("Parliament passes the budget", "s-vote");
    assertThat(lines.get(3)).isEqualTo("2 stories");
  }

  @Test
  void shouldPrintOneJsonObjectPerStory() throws Exception {
    CliRun run = CliRun.of("stories", "--duckdb", db, "--since", "2025-01-01", "--limit", "1", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode story = new ObjectMapper().readTree(lines.get(0));
    assertThat(story.get("id").asText()).isEqualTo("s-flood");
    assertThat(story.get("articleCount").asInt()).isEqualTo(2);
    assertThat(story.get("outletCount").asInt()).isEqualTo(2);
    assertThat(story.get("lastArticleAt").asText()).isEqualTo("2025-06-12T11:59:00Z");
    assertThat(story.get("outlets").get(0).asText()).isEqualTo("wire");
    assertThat(story.get("entities").get(0).get("name").asText()).isEqualTo("Northport");
    assertThat(story.get("entities").get(0).get("kbId").asText()).isEqualTo("Q1");
    assertThat(story.get("topics").get(0).asText()).isEqualTo("politics");
  }

  @Test
  void shouldFindTheArticlesOfAStoryIncludingThoseOfStoriesMergedIntoIt() throws Exception {
    CliRun run = CliRun.of("query", "--duckdb", db, "--story", "s-flood", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<String> ids = run.out().lines().map(line -> readId(json, line)).toList();
    assertThat(ids).containsExactly("f2", "f1");
  }

  @Test
  void shouldRefuseABadLimitOrSinceInOneLine() {
    CliRun limit = CliRun.of("stories", "--duckdb", db, "--limit", "0");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.errLines()).containsExactly("newsflow stories: --limit must be 1..10000: 0");

    CliRun since = CliRun.of("stories", "--duckdb", db, "--since", "yesterday");
    assertThat(since.exit()).isEqualTo(2);
    assertThat(since.errLines()).containsExactly("newsflow stories: --since: 'yesterday' is not a date "
        + "(2025-06-01), an instant (2025-06-01T12:00:00Z) or an age (7d)");
  }

  @Test
  void shouldSayInOneLineWhenTheDatabaseHasNoStoriesYet() throws Exception {
    Path old = dir.resolve("old.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + old);
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE articles (id VARCHAR)");
    }
    CliRun run = CliRun.of("stories", "--duckdb", old.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("newsflow stories: the database has no stories table; a sink of "
        + "this version creates it when it starts");
  }

  @Test
  void shouldSayInOneLineWhenTheOfflineInputIsMissing() throws Exception {
    Path missing = dir.resolve("articles.jsonl");
    CliRun run = CliRun.of("stories", "--jsonl", missing.toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.errLines()).containsExactly("newsflow stories: no such file: " + missing);
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test // issue 18: the offline mode runs the same cleaning, tagging and matching as the topology
  void shouldAssignStoriesOfflineToJsonLines() throws Exception {
    Path articles = dir.resolve("articles.jsonl");
    Files.write(articles, List.of(
        line("q-wire", "Earthquake kills 14 in northern Kyrgyzstan", "A magnitude 6.8 earthquake struck the "
            + "mountainous north of Kyrgyzstan on Monday, killing at least 14 people and damaging hundreds of homes "
            + "near the town of Naryn, the emergency ministry said.", "2026-03-02T08:00:00Z"),
        line("chips", "Lumentra to build 4 billion euro chip plant", "Lumentra, the Dutch chipmaker, said on "
            + "Monday it would build a 4 billion euro factory in Eindhoven, creating 1,200 jobs by 2029.",
            "2026-03-02T08:10:00Z"),
        line("q-daily", "Powerful quake hits Kyrgyzstan, at least 14 dead", "At least 14 people died when a "
            + "powerful earthquake of magnitude 6.8 hit northern Kyrgyzstan on Monday, officials in Naryn said, as "
            + "rescuers dug through rubble of damaged homes.", "2026-03-02T08:30:00Z")));

    CliRun run = CliRun.of("stories", "--jsonl", articles.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    java.util.Map<String, String> storyOf = new java.util.HashMap<>();
    for (String out : run.out().strip().split("\n")) {
      storyOf.put(json.readTree(out).get("id").asText(), json.readTree(out).get("storyId").asText());
    }
    assertThat(storyOf).hasSize(3).containsEntry("q-wire", "s-q-wire").containsEntry("q-daily", "s-q-wire")
        .containsEntry("chips", "s-chips");
  }

  @Test
  void shouldRefuseAnOfflineLineThatIsNotAnArticleInOneLine() throws Exception {
    Path articles = dir.resolve("bad.jsonl");
    Files.write(articles, List.of("{\"id\": \"a1\", \"title\": \"No text\"", "not json"));

    CliRun run = CliRun.of("stories", "--jsonl", articles.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("newsflow stories: --jsonl: ");
  }

  private static String line(String id, String title, String text, String publishedAt) {
    return new ObjectMapper().createObjectNode().put("id", id).put("title", title).put("text", text)
        .put("publishedAt", publishedAt).toString();
  }

  private static String readId(ObjectMapper json, String line) {
    try {
      return json.readTree(line).get("id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static EnrichedArticle inStory(String id, String published, String storyId, String title) {
    return EnrichedArticle.newBuilder(TestArticles.article(id, title)).setPublishedAt(Instant.parse(published))
        .setStoryId(storyId).build();
  }
}
