package dev.newsflow.sink.duckdb;

import dev.newsflow.sink.jdbc.Drivers;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.Topic;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.jdbc.Migrations;
import dev.newsflow.sink.jdbc.Rows;
import dev.newsflow.sink.jdbc.Rows.EntityRow;
import dev.newsflow.sink.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes articles to a DuckDB database file, the embedded store that needs no server. Each batch is appended with
 * DuckDB's Appender into per-connection staging tables, then merged with one set-based statement per table in one
 * transaction (row-by-row upserts cost milliseconds each in DuckDB). Same semantics as the PostgreSQL store:
 * upsert by id, an older version never overwrites a newer one, entities and topics of written articles replaced;
 * stories the same way through their own staging table.
 *
 * <p>DuckDB allows one writing process per file: while the sink has the file open, other processes cannot open
 * it, not even to read. Not thread-safe: owned by one sink thread.
 */
public final class DuckDbStore implements ArticleStore {

  private static final String COLUMNS = "id, url, canonical_url, source, title, description, authors, section, "
      + "language, published_at, fetched_at, enriched_at, word_count, text, duplicate_of, pipeline_version, "
      + "source_type, content_hash, simhash, modified_at, site_name, lead_image, extraction, warnings, "
      + "published_date, published_offset, story_id";
  private static final String ENTITY_COLUMNS =
      "article_id, name, type, kb_id, mentions, salience, span_starts, span_ends";

  private static final String STORY_COLUMN_TYPES = "id VARCHAR, headline VARCHAR, first_article_at TIMESTAMP, "
      + "last_article_at TIMESTAMP, article_count INTEGER, outlet_count INTEGER, outlets VARCHAR[], "
      + "entities VARCHAR, topics VARCHAR, latest_article_ids VARCHAR[], merged_into VARCHAR, updated_at TIMESTAMP";
  private static final String STORY_COLUMNS = "id, headline, first_article_at, last_article_at, article_count, "
      + "outlet_count, outlets, entities, topics, latest_article_ids, merged_into, updated_at";

  private static final List<String> STAGING = List.of(
      "CREATE TEMP TABLE stage_articles (id VARCHAR, url VARCHAR, canonical_url VARCHAR, source VARCHAR, "
          + "title VARCHAR, description VARCHAR, authors VARCHAR[], section VARCHAR, language VARCHAR, "
          + "published_at TIMESTAMP, fetched_at TIMESTAMP, enriched_at TIMESTAMP, word_count INTEGER, "
          + "text VARCHAR, duplicate_of VARCHAR, pipeline_version VARCHAR, source_type VARCHAR, "
          + "content_hash VARCHAR, simhash BIGINT, modified_at TIMESTAMP, site_name VARCHAR, lead_image VARCHAR, "
          + "extraction VARCHAR, warnings VARCHAR[], published_date DATE, published_offset VARCHAR, story_id VARCHAR)",
      "CREATE TEMP TABLE stage_entities (article_id VARCHAR, name VARCHAR, type VARCHAR, kb_id VARCHAR, "
          + "mentions INTEGER, salience DOUBLE, span_starts INTEGER[], span_ends INTEGER[])",
      "CREATE TEMP TABLE stage_topics (article_id VARCHAR, code VARCHAR, label VARCHAR, score DOUBLE, "
          + "rank INTEGER)",
      "CREATE TEMP TABLE stage_stories (" + STORY_COLUMN_TYPES + ")");

  /** The merge, in order. The staging tables then hold exactly the articles written and their rows. */
  private static final List<String> MERGE = List.of(
      // Drop staged versions older than the stored ones first, so the child tables follow only written articles.
      "DELETE FROM stage_articles WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = stage_articles.id "
          + "AND a.enriched_at > stage_articles.enriched_at)",
      // An article naming a story already stored as merged belongs to the survivor.
      "UPDATE stage_articles SET story_id = s.merged_into FROM stories s WHERE s.id = stage_articles.story_id "
          + "AND s.merged_into IS NOT NULL",
      "INSERT INTO articles (" + COLUMNS + ") SELECT " + COLUMNS + " FROM stage_articles "
          + "ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, "
          + "source = excluded.source, title = excluded.title, description = excluded.description, "
          + "authors = excluded.authors, section = excluded.section, language = excluded.language, "
          + "published_at = excluded.published_at, fetched_at = excluded.fetched_at, "
          + "enriched_at = excluded.enriched_at, word_count = excluded.word_count, text = excluded.text, "
          + "duplicate_of = excluded.duplicate_of, pipeline_version = excluded.pipeline_version, "
          + "source_type = excluded.source_type, content_hash = excluded.content_hash, simhash = excluded.simhash, "
          + "modified_at = excluded.modified_at, site_name = excluded.site_name, lead_image = excluded.lead_image, "
          + "extraction = excluded.extraction, warnings = excluded.warnings, "
          + "published_date = excluded.published_date, published_offset = excluded.published_offset, "
          + "story_id = excluded.story_id",
      "DELETE FROM article_entities WHERE article_id IN (SELECT id FROM stage_articles)",
      "DELETE FROM article_topics WHERE article_id IN (SELECT id FROM stage_articles)",
      "INSERT INTO article_entities (" + ENTITY_COLUMNS + ") SELECT " + ENTITY_COLUMNS + " FROM stage_entities "
          + "WHERE article_id IN (SELECT id FROM stage_articles)",
      "INSERT INTO article_topics SELECT t.* FROM stage_topics t WHERE t.article_id IN "
          + "(SELECT id FROM stage_articles)");

  /** The stories' merge: newer states replace older ones; a merged story's articles move to the survivor. */
  private static final List<String> STORY_MERGE = List.of(
      "DELETE FROM stage_stories WHERE EXISTS (SELECT 1 FROM stories s WHERE s.id = stage_stories.id "
          + "AND s.updated_at > stage_stories.updated_at)",
      "INSERT INTO stories (" + STORY_COLUMNS + ") SELECT " + STORY_COLUMNS + " FROM stage_stories "
          + "ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, "
          + "first_article_at = excluded.first_article_at, last_article_at = excluded.last_article_at, "
          + "article_count = excluded.article_count, outlet_count = excluded.outlet_count, "
          + "outlets = excluded.outlets, entities = excluded.entities, topics = excluded.topics, "
          + "latest_article_ids = excluded.latest_article_ids, merged_into = excluded.merged_into, "
          + "updated_at = excluded.updated_at");

  /** Run only for a batch with a merged story: most batches have none, and the update scans the articles. */
  private static final String MOVE_MERGED_ARTICLES = "UPDATE articles SET story_id = s.merged_into "
      + "FROM stage_stories s WHERE articles.story_id = s.id AND s.merged_into IS NOT NULL";

  private static final List<String> CLEAR = List.of(
      "DELETE FROM stage_articles", "DELETE FROM stage_entities", "DELETE FROM stage_topics");

  private static final List<String> PERMANENT = List.of("Constraint Error", "Conversion Error",
      "Out of Range Error", "Invalid Input Error");

  private final Path file;
  private final DuckDBConnection connection;

  /** Opens (or creates) the database file and migrates its schema. */
  public DuckDbStore(Path file) throws SQLException, IOException {
    this.file = file.toAbsolutePath();
    if (this.file.getParent() != null) {
      Files.createDirectories(this.file.getParent());
    }
    Connection opened = Drivers.duckdb("jdbc:duckdb:" + this.file, new java.util.Properties());
    try {
      Migrations.migrate(opened, Dialect.DUCKDB);
      try (Statement statement = opened.createStatement()) {
        // Move the schema from the write-ahead log into the file now. DuckDB 1.4 cannot replay a WAL holding
        // `ADD COLUMN ... DEFAULT []` (V2): a sink killed before its first checkpoint left a file nothing could
        // open ("Failure while replaying WAL file ... GetDefaultDatabase"). SinkCommitCrashIT.
        statement.execute("CHECKPOINT");
        for (String sql : STAGING) {
          statement.execute(sql);
        }
      }
      this.connection = opened.unwrap(DuckDBConnection.class);
      connection.setAutoCommit(false);
    } catch (SQLException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  @Override
  public void write(List<EnrichedArticle> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    inTransaction(() -> {
      try (Statement statement = connection.createStatement()) {
        execute(statement, CLEAR);
        stage(Rows.latestPerId(batch));
        execute(statement, MERGE);
        execute(statement, CLEAR);
      }
    });
  }

  /** Deletes the articles and their entity and topic rows (DuckDB has no cascading foreign keys) in one transaction. */
  @Override
  public void delete(Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    inTransaction(() -> {
      for (String table : List.of("article_entities WHERE article_id", "article_topics WHERE article_id",
          "articles WHERE id")) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " = ?")) {
          for (String id : ids) {
            delete.setString(1, id);
            delete.executeUpdate();
          }
        }
      }
    });
  }

  @Override
  public void writeStories(List<Story> stories) throws SQLException {
    if (stories.isEmpty()) {
      return;
    }
    inTransaction(() -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM stage_stories");
        List<Story> latest = Rows.latestStoryPerId(stories);
        try (DuckDBAppender rows = connection.createAppender("temp", "main", "stage_stories")) {
          for (Story story : latest) {
            rows.beginRow().append(story.getId()).append(story.getHeadline());
            appendTime(rows, story.getFirstArticleAt());
            appendTime(rows, story.getLastArticleAt());
            rows.append(story.getArticleCount()).append(story.getOutletCount())
                .append(List.copyOf(story.getOutlets())).append(Rows.storyEntitiesJson(story))
                .append(Rows.storyTopicsJson(story)).append(List.copyOf(story.getLatestArticleIds()))
                .append(story.getMergedInto());
            appendTime(rows, story.getUpdatedAt());
            rows.endRow();
          }
        }
        execute(statement, STORY_MERGE);
        if (latest.stream().anyMatch(story -> story.getMergedInto() != null)) {
          statement.execute(MOVE_MERGED_ARTICLES);
        }
        statement.execute("DELETE FROM stage_stories");
      }
    });
  }

  @Override
  public void deleteStories(Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    inTransaction(() -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stories WHERE id = ?")) {
        for (String id : ids) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    });
  }

  /** Work on the connection, committed whole or rolled back whole. */
  private interface SqlWork {
    void run() throws SQLException;
  }

  private void inTransaction(SqlWork work) throws SQLException {
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // nothing more to undo
      }
      throw e;
    }
  }

  private void stage(List<EnrichedArticle> articles) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender("temp", "main", "stage_articles");
         DuckDBAppender entities = connection.createAppender("temp", "main", "stage_entities");
         DuckDBAppender topics = connection.createAppender("temp", "main", "stage_topics")) {
      for (EnrichedArticle a : articles) {
        rows.beginRow().append(a.getId()).append(a.getUrl()).append(a.getCanonicalUrl()).append(a.getSourceId())
            .append(a.getTitle()).append(a.getDescription()).append(List.copyOf(a.getAuthors()))
            .append(a.getSection()).append(a.getLanguage());
        appendTime(rows, a.getPublishedAt());
        appendTime(rows, a.getFetchedAt());
        appendTime(rows, a.getEnrichedAt());
        rows.append(a.getWordCount()).append(a.getText()).append(a.getDuplicateOf()).append(a.getPipelineVersion())
            .append(a.getSourceType().name()).append(a.getContentHash()).append(a.getSimhash());
        appendTime(rows, a.getModifiedAt());
        rows.append(a.getSiteName()).append(a.getLeadImage()).append(Rows.extractionJson(a))
            .append(List.copyOf(a.getWarnings()));
        appendDate(rows, a.getPublishedDate());
        rows.append(a.getPublishedOffset()).append(a.getStoryId()).endRow();
        for (EntityRow e : Rows.entities(a)) {
          entities.beginRow().append(a.getId()).append(e.name()).append(e.type()).append(e.kbId())
              .append(e.mentions()).append(e.salience()).append(ints(e.spanStarts())).append(ints(e.spanEnds()))
              .endRow();
        }
        for (Topic t : Rows.topics(a)) {
          topics.beginRow().append(a.getId()).append(t.getCode()).append(t.getLabel()).append(t.getScore())
              .append(t.getRank()).endRow();
        }
      }
    }
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void appendTime(DuckDBAppender appender, Instant instant) throws SQLException {
    if (instant == null) {
      appender.appendNull();
    } else {
      appender.appendEpochMicros(Math.multiplyExact(instant.toEpochMilli(), 1000L)); // TIMESTAMP is in micros
    }
  }

  /** A {@code YYYY-MM-DD} day; a malformed one is a data error that no retry fixes. */
  private static void appendDate(DuckDBAppender appender, String day) throws SQLException {
    if (day == null) {
      appender.appendNull();
      return;
    }
    try {
      appender.append(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      throw new SQLException("Conversion Error: publishedDate is not a YYYY-MM-DD day: " + day, e);
    }
  }

  private static void execute(Statement statement, List<String> sqls) throws SQLException {
    for (String sql : sqls) {
      statement.execute(sql);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * DuckDB reports no SQLSTATE; its messages start with the error kind. Constraint, conversion, out-of-range and
   * invalid-input errors come from the data; I/O and everything else is retried.
   */
  @Override
  public boolean isPermanent(Exception failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    return failure instanceof SQLException && PERMANENT.stream().anyMatch(message::contains);
  }

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
