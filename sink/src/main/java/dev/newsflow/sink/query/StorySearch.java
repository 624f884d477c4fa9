package dev.newsflow.sink.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.StorySummary.EntityCount;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the sink's {@code stories} table: the live stories (not merged into another) with recent articles.
 * Parameterised SQL only. Not thread-safe (it uses one connection); cheap to create per query.
 */
public final class StorySearch {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final Dialect dialect;

  public StorySearch(Connection connection, Dialect dialect) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * Live stories whose last article is at or after {@code since} (all when null), latest activity first.
   *
   * @param limit 1..10000
   */
  public List<StorySummary> recent(Instant since, int limit) throws SQLException {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1..10000: " + limit);
    }
    String sql = "SELECT id, headline, " + SqlTimes.epochMillis(dialect, "first_article_at") + ", "
        + SqlTimes.epochMillis(dialect, "last_article_at") + ", article_count, outlet_count, outlets, entities, "
        + "topics FROM stories WHERE merged_into IS NULL"
        + (since == null ? "" : " AND last_article_at >= " + SqlTimes.millisParam(dialect))
        + " ORDER BY last_article_at DESC, id LIMIT " + limit;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (since != null) {
        statement.setLong(1, since.toEpochMilli());
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<StorySummary> stories = new ArrayList<>();
        while (rows.next()) {
          stories.add(new StorySummary(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)),
              Instant.ofEpochMilli(rows.getLong(4)), rows.getInt(5), rows.getInt(6), strings(rows.getArray(7)),
              entities(rows.getString(8)), topicLabels(rows.getString(9))));
        }
        return stories;
      }
    }
  }

  private static List<EntityCount> entities(String json) throws SQLException {
    List<EntityCount> entities = new ArrayList<>();
    for (JsonNode node : parse(json)) {
      JsonNode kbId = node.path("kbId");
      entities.add(new EntityCount(node.path("name").asText(), node.path("type").asText(),
          kbId.isTextual() ? kbId.asText() : null, node.path("articles").asInt()));
    }
    return entities;
  }

  private static List<String> topicLabels(String json) throws SQLException {
    List<String> labels = new ArrayList<>();
    for (JsonNode node : parse(json)) {
      labels.add(node.path("label").asText());
    }
    return labels;
  }

  private static JsonNode parse(String json) throws SQLException {
    try {
      return json == null ? JSON.createArrayNode() : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("a stories row holds JSON the sink did not write", e);
    }
  }


  private static List<String> strings(Array array) throws SQLException {
    List<String> values = new ArrayList<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add(String.valueOf(value));
      }
    }
    return values;
  }
}
