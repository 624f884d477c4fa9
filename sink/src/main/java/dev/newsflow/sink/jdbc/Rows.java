package dev.newsflow.sink.jdbc;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes a batch into table rows the same way for every SQL store. Stateless and thread-safe.
 */
public final class Rows {

  private Rows() {}

  /**
   * One article per id: the newest by {@code enrichedAt}, the later one in the batch on a tie (a batch may hold
   * several versions of an article, and one SQL statement may touch a row only once).
   */
  public static List<EnrichedArticle> latestPerId(List<EnrichedArticle> batch) {
    Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
    for (EnrichedArticle article : batch) {
      latest.merge(article.getId(), article,
          (old, next) -> next.getEnrichedAt().isBefore(old.getEnrichedAt()) ? old : next);
    }
    return new ArrayList<>(latest.values());
  }

  /** An entity row; name and type form the key within an article. */
  public record EntityRow(String name, String type, String kbId, int mentions, double salience) {}

  /**
   * The article's entities, one row per name and type: repeats (which the key forbids) are merged by adding
   * their mentions and keeping the highest salience and the first known KB id.
   */
  public static List<EntityRow> entities(EnrichedArticle article) {
    Map<List<String>, EntityRow> rows = new LinkedHashMap<>();
    for (Entity entity : article.getEntities()) {
      EntityRow row = new EntityRow(entity.getName(), entity.getType().name(), entity.getKbId(),
          entity.getMentions(), entity.getSalience());
      rows.merge(List.of(row.name(), row.type()), row, (a, b) -> new EntityRow(a.name(), a.type(),
          a.kbId() != null ? a.kbId() : b.kbId(), a.mentions() + b.mentions(), Math.max(a.salience(), b.salience())));
    }
    return new ArrayList<>(rows.values());
  }

  /** The article's topics, one per code (the first wins). */
  public static List<Topic> topics(EnrichedArticle article) {
    Map<String, Topic> rows = new LinkedHashMap<>();
    for (Topic topic : article.getTopics()) {
      rows.putIfAbsent(topic.getCode(), topic);
    }
    return new ArrayList<>(rows.values());
  }
}
