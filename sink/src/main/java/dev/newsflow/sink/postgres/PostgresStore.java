package dev.newsflow.sink.postgres;

import dev.newsflow.sink.jdbc.Drivers;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.Topic;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.jdbc.Migrations;
import dev.newsflow.sink.jdbc.Rows;
import dev.newsflow.sink.jdbc.Rows.EntityRow;
import dev.newsflow.sink.jdbc.SqlErrors;
import dev.newsflow.sink.store.ArticleStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles to PostgreSQL: one transaction per batch, JDBC batches of parameterised statements. Articles are
 * upserted by id unless the stored version is newer ({@code enriched_at}); the entity and topic rows of each
 * article actually written are replaced in the same transaction. Story states are upserted the same way (by id,
 * never older over newer), a merged story's articles re-pointed to the survivor in the same transaction. The schema
 * is migrated when the store opens.
 *
 * <p>A broken connection is dropped and reopened on the next write, so the sink's retries ride out an outage.
 * Not thread-safe: owned by one sink thread.
 */
public final class PostgresStore implements ArticleStore {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);

  /**
   * The text-search configuration comes from the article's language (its primary subtag, so "pt-BR" is
   * Portuguese) through the {@code text_search_languages} table; {@code simple} when the language is unknown.
   * An article naming a story already stored as merged gets the survivor's id (the two topics are read in no
   * particular order relative to each other).
   */
  static final String UPSERT_ARTICLE = """
      INSERT INTO articles (id, url, canonical_url, source, title, description, authors, section, language,
                            published_at, fetched_at, enriched_at, word_count, text, duplicate_of, pipeline_version,
                            source_type, content_hash, simhash, modified_at, site_name, lead_image, extraction,
                            warnings, published_date, published_offset, story_id, search_config)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?::date, ?,
              coalesce((SELECT s.merged_into FROM stories s WHERE s.id = ?), ?),
              coalesce((SELECT l.config FROM text_search_languages l WHERE l.language = split_part(lower(?), '-', 1)),
                       'simple'))
      ON CONFLICT (id) DO UPDATE SET
        url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url, source = EXCLUDED.source,
        title = EXCLUDED.title, description = EXCLUDED.description, authors = EXCLUDED.authors,
        section = EXCLUDED.section, language = EXCLUDED.language, published_at = EXCLUDED.published_at,
        fetched_at = EXCLUDED.fetched_at, enriched_at = EXCLUDED.enriched_at, word_count = EXCLUDED.word_count,
        text = EXCLUDED.text, duplicate_of = EXCLUDED.duplicate_of, pipeline_version = EXCLUDED.pipeline_version,
        source_type = EXCLUDED.source_type, content_hash = EXCLUDED.content_hash, simhash = EXCLUDED.simhash,
        modified_at = EXCLUDED.modified_at, site_name = EXCLUDED.site_name, lead_image = EXCLUDED.lead_image,
        extraction = EXCLUDED.extraction, warnings = EXCLUDED.warnings, search_config = EXCLUDED.search_config,
        published_date = EXCLUDED.published_date, published_offset = EXCLUDED.published_offset,
        story_id = EXCLUDED.story_id
      WHERE articles.enriched_at <= EXCLUDED.enriched_at""";
  private static final String DELETE_ENTITIES = "DELETE FROM article_entities WHERE article_id = ANY (?)";
  private static final String DELETE_TOPICS = "DELETE FROM article_topics WHERE article_id = ANY (?)";
  private static final String DELETE_ARTICLES = "DELETE FROM articles WHERE id = ANY (?)";
  private static final String INSERT_ENTITY = "INSERT INTO article_entities "
      + "(article_id, name, type, kb_id, mentions, salience, span_starts, span_ends) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String UPSERT_STORY = """
      INSERT INTO stories (id, headline, first_article_at, last_article_at, article_count, outlet_count, outlets,
                           entities, topics, latest_article_ids, merged_into, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        headline = EXCLUDED.headline, first_article_at = EXCLUDED.first_article_at,
        last_article_at = EXCLUDED.last_article_at, article_count = EXCLUDED.article_count,
        outlet_count = EXCLUDED.outlet_count, outlets = EXCLUDED.outlets, entities = EXCLUDED.entities,
        topics = EXCLUDED.topics, latest_article_ids = EXCLUDED.latest_article_ids,
        merged_into = EXCLUDED.merged_into, updated_at = EXCLUDED.updated_at
      WHERE stories.updated_at <= EXCLUDED.updated_at""";
  /** A merged story's articles belong to the survivor. */
  private static final String REPOINT_ARTICLES = "UPDATE articles SET story_id = ? WHERE story_id = ?";
  private static final String DELETE_STORIES = "DELETE FROM stories WHERE id = ANY (?)";
  private static final String INSERT_TOPIC =
      "INSERT INTO article_topics (article_id, code, label, score, rank) VALUES (?, ?, ?, ?, ?)";

  private final PostgresSettings settings;
  private Connection connection;

  /** Connects and migrates the schema; fails if the database cannot be reached now. */
  public PostgresStore(PostgresSettings settings) throws SQLException {
    this.settings = settings;
    connection();
  }

  @Override
  public void write(List<EnrichedArticle> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    Connection c = connection();
    try {
      List<EnrichedArticle> written = upsertArticles(c, Rows.latestPerId(batch));
      replaceEntitiesAndTopics(c, written);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackOrDrop(e);
      throw e;
    }
  }

  /** Deletes the articles and, explicitly (not only by the cascade), their entity and topic rows, in one transaction. */
  @Override
  public void delete(Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    Connection c = connection();
    try {
      Array array = c.createArrayOf("text", ids.toArray());
      for (String sql : List.of(DELETE_ENTITIES, DELETE_TOPICS, DELETE_ARTICLES)) {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
          delete.setArray(1, array);
          delete.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackOrDrop(e);
      throw e;
    }
  }

  /** Upserts the stories and re-points the articles of merged ones, in one transaction. */
  @Override
  public void writeStories(List<Story> stories) throws SQLException {
    if (stories.isEmpty()) {
      return;
    }
    Connection c = connection();
    try {
      List<Story> latest = Rows.latestStoryPerId(stories);
      List<Story> written = new ArrayList<>(latest.size());
      try (PreparedStatement upsert = c.prepareStatement(UPSERT_STORY)) {
        for (Story story : latest) {
          upsert.setString(1, story.getId());
          upsert.setString(2, story.getHeadline());
          setTime(upsert, 3, story.getFirstArticleAt());
          setTime(upsert, 4, story.getLastArticleAt());
          upsert.setInt(5, story.getArticleCount());
          upsert.setInt(6, story.getOutletCount());
          upsert.setArray(7, c.createArrayOf("text", story.getOutlets().toArray()));
          upsert.setString(8, Rows.storyEntitiesJson(story));
          upsert.setString(9, Rows.storyTopicsJson(story));
          upsert.setArray(10, c.createArrayOf("text", story.getLatestArticleIds().toArray()));
          upsert.setString(11, story.getMergedInto());
          setTime(upsert, 12, story.getUpdatedAt());
          upsert.addBatch();
        }
        int[] counts = upsert.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
            written.add(latest.get(i));
          }
        }
      }
      try (PreparedStatement repoint = c.prepareStatement(REPOINT_ARTICLES)) {
        for (Story story : written) {
          if (story.getMergedInto() != null) {
            repoint.setString(1, story.getMergedInto());
            repoint.setString(2, story.getId());
            repoint.addBatch();
          }
        }
        repoint.executeBatch();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackOrDrop(e);
      throw e;
    }
  }

  @Override
  public void deleteStories(Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    Connection c = connection();
    try (PreparedStatement delete = c.prepareStatement(DELETE_STORIES)) {
      delete.setArray(1, c.createArrayOf("text", ids.toArray()));
      delete.executeUpdate();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackOrDrop(e);
      throw e;
    }
  }

  /** Upserts the articles; returns those whose row was written (not skipped as older than the stored one). */
  private static List<EnrichedArticle> upsertArticles(Connection c, List<EnrichedArticle> articles)
      throws SQLException {
    try (PreparedStatement upsert = c.prepareStatement(UPSERT_ARTICLE)) {
      for (EnrichedArticle a : articles) {
        upsert.setString(1, a.getId());
        upsert.setString(2, a.getUrl());
        upsert.setString(3, a.getCanonicalUrl());
        upsert.setString(4, a.getSourceId());
        upsert.setString(5, a.getTitle());
        upsert.setString(6, a.getDescription());
        upsert.setArray(7, c.createArrayOf("text", a.getAuthors().toArray()));
        upsert.setString(8, a.getSection());
        upsert.setString(9, a.getLanguage());
        setTime(upsert, 10, a.getPublishedAt());
        setTime(upsert, 11, a.getFetchedAt());
        setTime(upsert, 12, a.getEnrichedAt());
        upsert.setInt(13, a.getWordCount());
        upsert.setString(14, a.getText());
        upsert.setString(15, a.getDuplicateOf());
        upsert.setString(16, a.getPipelineVersion());
        upsert.setString(17, a.getSourceType().name());
        upsert.setString(18, a.getContentHash());
        upsert.setLong(19, a.getSimhash());
        setTime(upsert, 20, a.getModifiedAt());
        upsert.setString(21, a.getSiteName());
        upsert.setString(22, a.getLeadImage());
        upsert.setString(23, Rows.extractionJson(a));
        upsert.setArray(24, c.createArrayOf("text", a.getWarnings().toArray()));
        upsert.setString(25, a.getPublishedDate()); // cast by the database: a malformed day is a data error
        upsert.setString(26, a.getPublishedOffset());
        upsert.setString(27, a.getStoryId());
        upsert.setString(28, a.getStoryId());
        upsert.setString(29, a.getLanguage());
        upsert.addBatch();
      }
      int[] counts = upsert.executeBatch();
      List<EnrichedArticle> written = new ArrayList<>(articles.size());
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == Statement.SUCCESS_NO_INFO) {
          throw new IllegalStateException("driver returned no row counts; cannot tell skipped older versions");
        }
        if (counts[i] > 0) {
          written.add(articles.get(i));
        }
      }
      return written;
    }
  }

  private static void replaceEntitiesAndTopics(Connection c, List<EnrichedArticle> written) throws SQLException {
    if (written.isEmpty()) {
      return;
    }
    Array ids = c.createArrayOf("text", written.stream().map(EnrichedArticle::getId).toArray());
    try (PreparedStatement deleteEntities = c.prepareStatement(DELETE_ENTITIES);
         PreparedStatement deleteTopics = c.prepareStatement(DELETE_TOPICS);
         PreparedStatement insertEntity = c.prepareStatement(INSERT_ENTITY);
         PreparedStatement insertTopic = c.prepareStatement(INSERT_TOPIC)) {
      deleteEntities.setArray(1, ids);
      deleteEntities.executeUpdate();
      deleteTopics.setArray(1, ids);
      deleteTopics.executeUpdate();
      for (EnrichedArticle a : written) {
        for (EntityRow e : Rows.entities(a)) {
          insertEntity.setString(1, a.getId());
          insertEntity.setString(2, e.name());
          insertEntity.setString(3, e.type());
          insertEntity.setString(4, e.kbId());
          insertEntity.setInt(5, e.mentions());
          insertEntity.setDouble(6, e.salience());
          insertEntity.setArray(7, c.createArrayOf("integer", e.spanStarts().toArray()));
          insertEntity.setArray(8, c.createArrayOf("integer", e.spanEnds().toArray()));
          insertEntity.addBatch();
        }
        for (Topic t : Rows.topics(a)) {
          insertTopic.setString(1, a.getId());
          insertTopic.setString(2, t.getCode());
          insertTopic.setString(3, t.getLabel());
          insertTopic.setDouble(4, t.getScore());
          insertTopic.setInt(5, t.getRank());
          insertTopic.addBatch();
        }
      }
      insertEntity.executeBatch();
      insertTopic.executeBatch();
    }
  }

  private static void setTime(PreparedStatement statement, int index, Instant instant) throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  /** The open connection, reconnecting (and migrating) if there is none. */
  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection fresh = Drivers.postgres(settings.jdbcUrl(), settings.connectionProperties());
      try {
        Migrations.migrate(fresh, Dialect.POSTGRES);
        fresh.setAutoCommit(false);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(fresh);
        throw e;
      }
      connection = fresh;
    }
    return connection;
  }

  /** Rolls back; if the connection itself is the problem, drops it so the next write reconnects. */
  private void rollbackOrDrop(Exception cause) {
    boolean broken = SqlErrors.isConnectionError(cause);
    try {
      if (!broken && !connection.isClosed()) {
        connection.rollback();
        return;
      }
    } catch (SQLException e) {
      // fall through: a connection that cannot roll back is not worth keeping
    }
    LOG.warn("dropping the PostgreSQL connection after: {}", SqlErrors.describe(cause));
    closeQuietly(connection);
    connection = null;
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a broken connection may fail; it is gone either way
    }
  }

  @Override
  public boolean isPermanent(Exception failure) {
    return SqlErrors.isDataError(failure);
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public void close() {
    if (connection != null) {
      closeQuietly(connection);
      connection = null;
    }
  }
}
