package dev.newsflow.sink.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small versioned-migration runner: the numbered SQL scripts of a dialect (listed in its {@code index.txt}) are
 * applied in order, each once, each in its own transaction together with its row in {@code schema_version}. A
 * script that fails leaves no trace, so the next start retries it.
 *
 * <p>Stateless and thread-safe; the connection passed in is used by the calling thread only.
 */
public final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  /** One script: its version and description. */
  public record Migration(int version, String description, String sql) {}

  private Migrations() {}

  /**
   * Brings the schema the connection points at up to the newest version.
   *
   * @return the versions applied by this call (empty when the schema was current)
   */
  public static List<Integer> migrate(Connection connection, Dialect dialect) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    boolean autoCommit = connection.getAutoCommit();
    try {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      connection.setAutoCommit(false);
      List<Integer> applied = new ArrayList<>();
      for (Migration migration : load(dialect)) {
        if (applyOnce(connection, dialect, migration)) {
          applied.add(migration.version());
        }
      }
      return applied;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean applyOnce(Connection connection, Dialect dialect, Migration migration)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (dialect.lockStatement() != null) {
        statement.execute(dialect.lockStatement());
      }
      if (isApplied(connection, migration.version())) {
        connection.rollback();
        return false;
      }
      for (String sql : statements(migration.sql())) {
        statement.execute(sql);
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
        insert.setInt(1, migration.version());
        insert.setString(2, migration.description());
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      connection.commit();
      LOG.info("applied {} migration V{}: {}", dialect, migration.version(), migration.description());
      return true;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    }
  }

  private static boolean isApplied(Connection connection, int version) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
      query.setInt(1, version);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** The dialect's scripts in version order. */
  public static List<Migration> load(Dialect dialect) {
    List<Migration> migrations = new ArrayList<>();
    int previous = 0;
    for (String line : resource(dialect.migrationFolder() + "index.txt").split("\n")) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String[] parts = entry.split("\\|", 2);
      int version = Integer.parseInt(parts[0].strip());
      if (version != previous + 1) {
        throw new IllegalStateException("migration versions must count up from 1 without gaps: " + entry);
      }
      previous = version;
      migrations.add(new Migration(version, parts[1].strip(), resource(dialect.migrationFolder() + "V" + version
          + ".sql")));
    }
    return migrations;
  }

  /** Splits a script at semicolons that end a line; our scripts keep semicolons out of literals. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String resource(String path) {
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection may be gone; the transaction dies with it
    }
  }
}
