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
 * A fresh schema in the test database ({@code newsflow_test} on the server {@link TestPostgres} finds or starts),
 * dropped on close, so test classes and concurrent runs never see each other's rows.
 */
public final class PostgresFixture extends JdbcFixture {

  private final TestPostgres.Server server = TestPostgres.server();
  private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
      .toLowerCase(Locale.ROOT);
  private final Connection admin;

  public PostgresFixture() throws SQLException {
    admin = DriverManager.getConnection(server.url() + "?currentSchema=" + schema, server.user(), server.password());
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema); // a generated identifier, not input
    }
  }

  public String schema() {
    return schema;
  }

  /** The server, for tests that put a proxy in front of it. */
  public TestPostgres.Server server() {
    return server;
  }

  /** Settings for a store in this fixture's schema, reached through {@code host:port}. */
  public PostgresSettings settings(String hostAndPort) {
    String url = server.url().replace("//" + server.hostAndPort() + "/", "//" + hostAndPort + "/");
    return new PostgresSettings(url + "?currentSchema=" + schema, server.user(), server.password());
  }

  public PostgresSettings settings() {
    return settings(server.hostAndPort());
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
