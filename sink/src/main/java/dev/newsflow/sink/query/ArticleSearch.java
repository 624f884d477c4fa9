package dev.newsflow.sink.query;

import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.Stats.Count;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the sink's tables: search with filters, and counts. Builds parameterised SQL only; user input never
 * becomes SQL text. Not thread-safe (it uses one connection); cheap to create per query.
 */
public final class ArticleSearch {

  /** The search terms as one tsquery: their parse in each configuration of {@code text_search_languages}, ORed. */
  private static final String ANY_CONFIGURATION = "SELECT CAST(coalesce(string_agg(DISTINCT '(' || q.terms::text "
      + "|| ')', ' | '), '') AS tsquery) FROM (SELECT websearch_to_tsquery(c.config, ?) AS terms FROM "
      + "(SELECT config FROM text_search_languages UNION SELECT CAST('simple' AS regconfig)) c) q "
      + "WHERE numnode(q.terms) > 0";

  private final Connection connection;
  private final Dialect dialect;

  public ArticleSearch(Connection connection, Dialect dialect) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /** Articles matching the query, newest first. */
  public List<ArticleHit> search(ArticleQuery query) throws SQLException {
    String when = "coalesce(a.published_at, a.fetched_at)";
    StringBuilder sql = new StringBuilder("SELECT a.id, ").append(SqlTimes.epochMillis(dialect, when))
        .append(", a.source, a.title, coalesce(a.canonical_url, a.url), ")
        .append("ARRAY(SELECT t.label FROM article_topics t WHERE t.article_id = a.id ORDER BY t.rank), ")
        .append("ARRAY(SELECT e.name FROM article_entities e WHERE e.article_id = a.id ")
        .append("ORDER BY e.salience DESC, e.name LIMIT 5) FROM articles a WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.text() != null) {
      textCondition(query.text(), sql, params);
    }
    if (query.entity() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id "
          + "AND lower(e.name) LIKE ? ESCAPE '\\')");
      params.add("%" + likeEscape(query.entity().toLowerCase(Locale.ROOT)) + "%");
    }
    if (query.topic() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id "
          + "AND (lower(t.label) = ? OR t.code = ?))");
      params.add(query.topic().toLowerCase(Locale.ROOT));
      params.add(query.topic());
    }
    if (query.source() != null) {
      sql.append(" AND a.source = ?");
      params.add(query.source());
    }
    if (query.story() != null) {
      // The story and every story merged into it, however many merges deep (the sink re-points the articles of
      // a merged story, but an article may have been stored before its story's merge was).
      sql.append(" AND a.story_id IN (WITH RECURSIVE family(id) AS (SELECT CAST(? AS TEXT) UNION "
          + "SELECT s.id FROM stories s JOIN family f ON s.merged_into = f.id) SELECT id FROM family)");
      params.add(query.story());
    }
    if (query.since() != null) {
      sql.append(" AND ").append(when).append(" >= ").append(SqlTimes.millisParam(dialect));
      params.add(query.since().toEpochMilli());
    }
    if (query.until() != null) {
      sql.append(" AND ").append(when).append(" < ").append(SqlTimes.millisParam(dialect));
      params.add(query.until().toEpochMilli());
    }
    sql.append(" ORDER BY ").append(when).append(" DESC, a.id LIMIT ").append(query.limit());
    try (PreparedStatement statement = prepare(sql.toString(), params); ResultSet rows = statement.executeQuery()) {
      List<ArticleHit> hits = new ArrayList<>();
      while (rows.next()) {
        hits.add(new ArticleHit(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
            rows.getString(4), rows.getString(5), strings(rows.getArray(6)), strings(rows.getArray(7))));
      }
      return hits;
    }
  }

  /** The article count and the {@code top} largest counts per topic, entity and source. */
  public Stats stats(int top) throws SQLException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be positive: " + top);
    }
    long articles = counts("SELECT 'all', count(*) FROM articles", 1).get(0).articles();
    return new Stats(articles,
        counts("SELECT label, count(DISTINCT article_id) AS n FROM article_topics GROUP BY label "
            + "ORDER BY n DESC, label LIMIT " + top, top),
        counts("SELECT name || ' (' || type || ')', count(*) AS n FROM article_entities GROUP BY name, type "
            + "ORDER BY n DESC, name LIMIT " + top, top),
        counts("SELECT source, count(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source LIMIT " + top,
            top));
  }

  private List<Count> counts(String sql, int expected) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      List<Count> counts = new ArrayList<>(expected);
      while (rows.next()) {
        counts.add(new Count(rows.getString(1), rows.getLong(2)));
      }
      return counts;
    }
  }

  private void textCondition(String text, StringBuilder sql, List<Object> params) {
    if (dialect == Dialect.POSTGRES) {
      // Each article is matched with the terms stemmed in its own configuration (V2). That alone cannot use the
      // GIN index, so the query is first narrowed by the terms stemmed in every configuration, ORed (an index scan).
      sql.append(" AND a.search @@ (").append(ANY_CONFIGURATION).append(")")
          .append(" AND a.search @@ websearch_to_tsquery(a.search_config, ?)");
      params.add(text);
      params.add(text);
      return;
    }
    // DuckDB: no fts extension offline (see the V1 migration), so each term must occur somewhere.
    for (String term : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      sql.append(" AND lower(coalesce(a.title, '') || ' ' || coalesce(a.description, '') || ' ' || a.text) "
          + "LIKE ? ESCAPE '\\'");
      params.add("%" + likeEscape(term) + "%");
    }
  }


  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static String likeEscape(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      values.add(String.valueOf(value));
    }
    return values;
  }
}
