package dev.newsflow.enrich.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story-clustering development set ({@code stories/dev.jsonl} on the test class path): invented multi-outlet
 * coverage of invented events, one article per line in time order, each labelled with its gold event.
 *
 * <p>Immutable once loaded; thread-safe.
 */
public final class StoryDevSet {

  /** Class-path location of the set. */
  public static final String RESOURCE = "/stories/dev.jsonl";

  /** One article of the set, as written on its line. */
  public record Article(String id, String event, String title, String text, Instant publishedAt, String url,
                        String outlet) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Article> articles;

  private StoryDevSet(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  /** Loads the set from the class path. */
  public static StoryDevSet load() {
    try (InputStream in = StoryDevSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON lines; a line that does not parse or lacks a field fails with its line number. */
  public static StoryDevSet read(InputStream in) throws IOException {
    List<Article> articles = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        articles.add(new Article(field(node, "id"), field(node, "event"), field(node, "title"),
            field(node, "text"), Instant.parse(field(node, "publishedAt")), field(node, "url"),
            field(node, "outlet")));
      } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return new StoryDevSet(articles);
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("missing or blank \"" + name + "\"");
    }
    return value.asText();
  }

  /** The articles in file (time) order. */
  public List<Article> articles() {
    return articles;
  }

  /** Article id → gold event id, in file order: the gold side of {@link StoryScores#of}. */
  public Map<String, String> gold() {
    Map<String, String> gold = new LinkedHashMap<>();
    for (Article article : articles) {
      gold.put(article.id(), article.event());
    }
    return Collections.unmodifiableMap(gold);
  }
}
