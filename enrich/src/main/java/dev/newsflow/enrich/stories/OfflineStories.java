package dev.newsflow.enrich.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Story;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The offline mode: the same matching and folding as the topology, over an {@link InMemoryStoryIndex}, for
 * evaluation and backfill. Feed articles in time order to {@link #assign}; merges are applied at once (the survivor
 * absorbs the merged story, which is marked with mergedInto) and remembered in {@link #mergedInto()}.
 *
 * <p>Not thread-safe.
 */
public final class OfflineStories {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryMatcher matcher;
  private final InMemoryStoryIndex index;
  private final Map<String, String> mergedInto = new HashMap<>();
  private long now = Long.MIN_VALUE;

  public OfflineStories(StorySettings settings) {
    this.matcher = new StoryMatcher(settings);
    this.index = new InMemoryStoryIndex(settings.horizon());
  }

  /** Assigns one article (in time order) and returns its story id; applies merges (absorb survivor, mark loser). */
  public String assign(StoryArticle article) {
    String known = index.storyOfArticle(article.id());
    if (known != null) {
      return resolve(known); // seen before: its story does not change
    }
    index.advance(article.time());
    now = Math.max(now, article.time());
    StoryDecision decision = matcher.decide(article, index);
    String storyId = decision.storyId();
    Story contribution = Stories.of(storyId, article, now);
    Story current = index.story(storyId);
    Story story = current == null ? contribution : Stories.absorb(current, contribution, now);
    for (String loserId : decision.mergedStoryIds()) {
      Story loser = index.story(loserId);
      if (loser == null) {
        continue;
      }
      story = Stories.absorb(story, loser, now);
      index.put(Stories.mergedInto(loser, storyId, now), List.of());
      mergedInto.put(loserId, storyId);
    }
    index.put(story, matcher.keys(story));
    index.assign(article.id(), storyId);
    index.terms().add(matcher.distinctTerms(article));
    return storyId;
  }

  /** Merged story → the story it was merged into, for resolving ids at the end. */
  public Map<String, String> mergedInto() {
    return Map.copyOf(mergedInto);
  }

  /** The final survivor of a story id, following merges. */
  public String resolve(String storyId) {
    String id = storyId;
    for (int hop = 0; hop <= mergedInto.size() && mergedInto.containsKey(id); hop++) {
      id = mergedInto.get(id);
    }
    return id;
  }

  /** The index (live stories, for tools that list them). */
  public StoryIndex index() {
    return index;
  }

  /**
   * Reads {"id","title","text","publishedAt"[,"url","outlet"]} lines (publishedAt ISO-8601 or epoch millis), cleans
   * and tags each as a TEXT article with the given stages, assigns them in time order and writes {"id","storyId"}
   * lines in input order, each story id resolved through merges to the final survivor.
   *
   * @throws StoryInputException when a line is not such an object (the message names the line)
   */
  public static void run(Reader jsonl, Writer out, EnrichStages stages, StorySettings settings) throws IOException {
    Objects.requireNonNull(stages, "stages");
    List<StoryArticle> articles = new ArrayList<>();
    BufferedReader reader = jsonl instanceof BufferedReader b ? b : new BufferedReader(jsonl);
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        articles.add(StoryArticle.of(enrich(read(line, lineNumber), stages)));
      }
    }
    List<StoryArticle> byTime = new ArrayList<>(articles);
    byTime.sort(Comparator.comparingLong(StoryArticle::time)); // stable: input order within one instant
    OfflineStories stories = new OfflineStories(settings);
    Map<String, String> assigned = new HashMap<>();
    for (StoryArticle article : byTime) {
      assigned.put(article.id(), stories.assign(article));
    }
    for (StoryArticle article : articles) {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", article.id());
      node.put("storyId", stories.resolve(assigned.get(article.id())));
      out.write(JSON.writeValueAsString(node));
      out.write('\n');
    }
    out.flush();
  }

  /** One input line's fields. */
  record InputArticle(String id, String title, String text, Instant publishedAt, String url, String outlet) {}

  static InputArticle read(String line, int lineNumber) throws StoryInputException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new StoryInputException("line " + lineNumber + ": not a JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new StoryInputException("line " + lineNumber + ": not a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new StoryInputException("line " + lineNumber + ": \"id\" is missing");
    }
    String title = text(node, "title");
    String body = text(node, "text");
    if ((title == null || title.isBlank()) && (body == null || body.isBlank())) {
      throw new StoryInputException("line " + lineNumber + ": needs a \"title\" or a \"text\"");
    }
    JsonNode published = node.get("publishedAt");
    if (published == null || published.isNull()) {
      throw new StoryInputException("line " + lineNumber + ": \"publishedAt\" is missing");
    }
    Instant time = published.isIntegralNumber() ? Instant.ofEpochMilli(published.asLong())
        : parseTime(published.asText(), lineNumber);
    return new InputArticle(id, title, body == null ? "" : body, time, text(node, "url"), text(node, "outlet"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static Instant parseTime(String value, int lineNumber) throws StoryInputException {
    String text = value.strip();
    if (text.matches("-?\\d{1,15}")) {
      return Instant.ofEpochMilli(Long.parseLong(text));
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw new StoryInputException("line " + lineNumber + ": \"publishedAt\" is neither ISO-8601 nor epoch "
              + "milliseconds: \"" + abbreviate(text) + "\"");
        }
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /** The real cleaning and tagging path of a TEXT article; the line's time and outlet win over what is guessed. */
  static EnrichedArticle enrich(InputArticle input, EnrichStages stages) {
    RawArticle raw = RawArticle.newBuilder()
        .setId(input.id())
        .setSourceId(input.outlet() != null ? input.outlet() : "jsonl")
        .setSourceType(SourceType.PUSH)
        .setUrl(input.url())
        .setContentType(ContentType.TEXT)
        .setContent(input.text().isBlank() ? input.title() : input.text())
        .setTitle(input.title())
        .setPublishedAt(input.publishedAt())
        .setFetchedAt(input.publishedAt())
        .build();
    EnrichedArticle cleaned = stages.clean(raw);
    EnrichedArticle.Builder fixed = EnrichedArticle.newBuilder(cleaned).setPublishedAt(input.publishedAt());
    if (input.title() != null && !input.title().isBlank()) {
      fixed.setTitle(input.title());
    }
    if (input.outlet() != null && !input.outlet().isBlank()) {
      fixed.setSiteName(input.outlet());
    }
    return stages.topics(stages.entities(fixed.build()));
  }
}
