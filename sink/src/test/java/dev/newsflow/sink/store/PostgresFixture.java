package dev.newsflow.sink.store;

import dev.newsflow.sink.postgres.PostgresSettings;
import dev.newsflow.sink.postgres.PostgresStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh schema in the local test database ({@code newsflow_test}, see .ci/run), dropped on close, so test
 * classes and concurrent runs never see each other's rows. {@code NEWSFLOW_TEST_PG_URL} overrides the database.
 */
public final class PostgresFixture extends JdbcFixture {

  public static final String DATABASE_URL =
      System.getenv().getOrDefault("NEWSFLOW_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/newsflow_test");
  public static final String USER = System.getenv().getOrDefault("NEWSFLOW_TEST_PG_USER", "postgres");

  private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
      .toLowerCase(Locale.ROOT);
  private final Connection admin;

  public PostgresFixture() throws SQLException {
    admin = DriverManager.getConnection(DATABASE_URL + "?currentSchema=" + schema, USER, null);
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema); // a generated identifier, not input
    }
  }

  public String schema() {
    return schema;
  }

  /** Settings for a store in this fixture's schema, reached through {@code host:port}. */
  public PostgresSettings settings(String hostAndPort) {
    String url = DATABASE_URL.replace("127.0.0.1:5432", hostAndPort);
    return new PostgresSettings(url + "?currentSchema=" + schema, USER, null);
  }

  public PostgresSettings settings() {
    return new PostgresSettings(DATABASE_URL + "?currentSchema=" + schema, USER, null);
  }

  @Override
  public ArticleStore open() throws SQLException {
    return new PostgresStore(settings());
  }

  @Override
  public Connection verifier() {
    return admin;
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    } finally {
      admin.close();
    }
  }
}
