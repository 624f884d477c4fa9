package dev.newsflow.sink.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.sink.TestStories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesStoreTest {

  @TempDir
  Path dir;

  @Test
  void shouldAppendOneJsonObjectPerLine() throws Exception {
    Path file = dir.resolve("out/enriched.jsonl");
    try (JsonLinesStore store = new JsonLinesStore(file)) {
      store.write(List.of(article("a", "First"), article("b", "Second")));
      store.write(List.of());
      store.write(List.of(article("c", null)));
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("title").asText()).isEqualTo("First");
    assertThat(first.get("sourceType").asText()).isEqualTo("FILE");
    assertThat(first.get("fetchedAt").asText()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(json.readTree(lines.get(2)).get("title").isNull()).isTrue();
  }

  /** Issue 16, item 3: a delete is a line of its own, so a reader keeping the last line per id drops the article. */
  @Test
  void shouldAppendADeleteLinePerId() throws Exception {
    Path file = dir.resolve("enriched.jsonl");
    try (JsonLinesStore store = new JsonLinesStore(file)) {
      store.write(List.of(article("a", "First")));
      store.delete(java.util.Set.of("a"));
      store.delete(java.util.Set.of());
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).isEqualTo("{\"id\":\"a\",\"deleted\":true}");
  }

  /** Issue 18: stories go to a file of their own beside the articles', one state or delete per line. */
  @Test
  void shouldAppendStoriesToTheirOwnFile() throws Exception {
    Path file = dir.resolve("enriched.jsonl");
    try (JsonLinesStore store = new JsonLinesStore(file)) {
      assertThat(store.storiesFile()).isEqualTo(dir.resolve("stories-enriched.jsonl"));
      assertThat(store.storiesFile()).doesNotExist(); // created with the first story only
      store.write(List.of(article("a", "First")));
      store.writeStories(List.of(TestStories.story("s-a", "Flood hits Northport", "2025-06-10T12:00:00Z")));
      store.deleteStories(java.util.Set.of("s-old"));
    }
    assertThat(Files.readAllLines(file)).hasSize(1);
    List<String> stories = Files.readAllLines(dir.resolve("stories-enriched.jsonl"));
    assertThat(stories).hasSize(2);
    JsonNode story = new ObjectMapper().readTree(stories.get(0));
    assertThat(story.get("id").asText()).isEqualTo("s-a");
    assertThat(story.get("headline").asText()).isEqualTo("Flood hits Northport");
    assertThat(story.get("outlets").get(1).asText()).isEqualTo("daily");
    assertThat(stories.get(1)).isEqualTo("{\"id\":\"s-old\",\"deleted\":true}");
  }

  @Test
  void shouldAppendToAnExistingFile() throws Exception {
    Path file = dir.resolve("enriched.jsonl");
    try (JsonLinesStore store = new JsonLinesStore(file)) {
      store.write(List.of(article("a", "First")));
    }
    try (JsonLinesStore store = new JsonLinesStore(file)) {
      store.write(List.of(article("b", "Second")));
    }
    assertThat(Files.readAllLines(file)).hasSize(2);
  }

  private static EnrichedArticle article(String id, String title) {
    return EnrichedArticle.newBuilder().setId(id).setSourceId("s").setSourceType(SourceType.FILE).setTitle(title)
        .setFetchedAt(Instant.parse("2025-01-01T00:00:00Z")).setEnrichedAt(Instant.parse("2025-01-01T00:00:01Z"))
        .setText("t").setContentHash("h").setPipelineVersion("test").build();
  }
}
