package dev.newsflow.sink.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTopic;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Shapes a batch into table rows the same way for every SQL store. Stateless and thread-safe.
 */
public final class Rows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  /**
   * One article per id: the newest by {@code enrichedAt}, the later one in the batch on a tie (a batch may hold
   * several versions of an article, and one SQL statement may touch a row only once).
   */
  public static List<EnrichedArticle> latestPerId(List<EnrichedArticle> batch) {
    return latestPerId(batch, EnrichedArticle::getId, EnrichedArticle::getEnrichedAt);
  }

  private static <T> List<T> latestPerId(List<T> batch, Function<T, String> id, Function<T, Instant> time) {
    Map<String, T> latest = new LinkedHashMap<>();
    for (T value : batch) {
      latest.merge(id.apply(value), value, (old, next) -> time.apply(next).isBefore(time.apply(old)) ? old : next);
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * An entity row; name and type form the key within an article. The spans are two lists of equal length, the
   * start and the (exclusive) end offsets, in the order of the contract.
   */
  public record EntityRow(String name, String type, String kbId, int mentions, double salience,
      List<Integer> spanStarts, List<Integer> spanEnds) {}

  /**
   * The article's entities, one row per name and type: repeats (which the key forbids) are merged by adding
   * their mentions and spans and keeping the highest salience and the first known KB id.
   */
  public static List<EntityRow> entities(EnrichedArticle article) {
    Map<List<String>, EntityRow> rows = new LinkedHashMap<>();
    for (Entity entity : article.getEntities()) {
      EntityRow row = new EntityRow(entity.getName(), entity.getType().name(), entity.getKbId(),
          entity.getMentions(), entity.getSalience(), entity.getSpans().stream().map(Span::getStart).toList(),
          entity.getSpans().stream().map(Span::getEnd).toList());
      rows.merge(List.of(row.name(), row.type()), row, Rows::merge);
    }
    return new ArrayList<>(rows.values());
  }

  private static EntityRow merge(EntityRow a, EntityRow b) {
    return new EntityRow(a.name(), a.type(), a.kbId() != null ? a.kbId() : b.kbId(), a.mentions() + b.mentions(),
        Math.max(a.salience(), b.salience()), concat(a.spanStarts(), b.spanStarts()),
        concat(a.spanEnds(), b.spanEnds()));
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The extraction map as one JSON object (keys sorted, so equal maps give equal text); Avro's map keys arrive as
   * {@code CharSequence} or {@code String} depending on the reader, so they are converted here.
   */
  public static String extractionJson(EnrichedArticle article) {
    Map<String, String> sorted = new TreeMap<>();
    article.getExtraction().forEach((k, v) -> sorted.put(k.toString(), v.toString()));
    try {
      return JSON.writeValueAsString(sorted);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /** The article's topics, one per code (the first wins). */
  public static List<Topic> topics(EnrichedArticle article) {
    Map<String, Topic> rows = new LinkedHashMap<>();
    for (Topic topic : article.getTopics()) {
      rows.putIfAbsent(topic.getCode(), topic);
    }
    return new ArrayList<>(rows.values());
  }

  /** One story per id: the newest by {@code updatedAt}, the later one in the batch on a tie. */
  public static List<Story> latestStoryPerId(List<Story> batch) {
    return latestPerId(batch, Story::getId, Story::getUpdatedAt);
  }

  /** The story's top entities as a JSON array of {@code {"name","type","kbId","articles"}}, in the record's order. */
  public static String storyEntitiesJson(Story story) {
    ArrayNode array = JSON.createArrayNode();
    for (StoryEntity entity : story.getEntities()) {
      array.addObject().put("name", entity.getName()).put("type", entity.getType()).put("kbId", entity.getKbId())
          .put("articles", entity.getArticles());
    }
    return array.toString();
  }

  /** The story's top topics as a JSON array of {@code {"code","label","articles"}}, in the record's order. */
  public static String storyTopicsJson(Story story) {
    ArrayNode array = JSON.createArrayNode();
    for (StoryTopic topic : story.getTopics()) {
      array.addObject().put("code", topic.getCode()).put("label", topic.getLabel())
          .put("articles", topic.getArticles());
    }
    return array.toString();
  }
}
