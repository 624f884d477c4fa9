package dev.newsflow.sink.postgres;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where and how to reach PostgreSQL. Immutable and thread-safe.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/newsflow} (add {@code ?currentSchema=x} for a schema)
 * @param user database user
 * @param password may be null (trust or peer authentication)
 * @param socketTimeout longest wait for a reply before the connection counts as broken
 */
public record PostgresSettings(String jdbcUrl, String user, String password, Duration socketTimeout) {

  public static final String ENV_URL = "NEWSFLOW_PG_URL";
  public static final String ENV_USER = "NEWSFLOW_PG_USER";
  public static final String ENV_PASSWORD = "NEWSFLOW_PG_PASSWORD";
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/newsflow";
  public static final String DEFAULT_USER = "newsflow";

  public PostgresSettings {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("need a jdbc:postgresql: URL, got " + jdbcUrl);
    }
    // With rewritten batches the driver reports no per-row counts, and the store needs them (see PostgresStore).
    if (jdbcUrl.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts=true")) {
      throw new IllegalArgumentException("reWriteBatchedInserts=true is not supported by the sink");
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("database user must not be blank");
    }
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    if (socketTimeout.isNegative() || socketTimeout.isZero()) {
      throw new IllegalArgumentException("socket timeout must be positive");
    }
  }

  public PostgresSettings(String jdbcUrl, String user, String password) {
    this(jdbcUrl, user, password, Duration.ofSeconds(30));
  }

  /** Settings from {@code NEWSFLOW_PG_URL}, {@code NEWSFLOW_PG_USER}, {@code NEWSFLOW_PG_PASSWORD}, or defaults. */
  public static PostgresSettings fromEnvironment(Map<String, String> env) {
    return new PostgresSettings(env.getOrDefault(ENV_URL, DEFAULT_URL), env.getOrDefault(ENV_USER, DEFAULT_USER),
        env.get(ENV_PASSWORD));
  }

  /** Driver properties: credentials and timeouts. */
  public Properties connectionProperties() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", "newsflow-sink");
    // Without this the driver puts the statement with its values (the article text) and the server's "Detail"
    // lines (a failing row) into exception messages, which end up in logs.
    properties.setProperty("logServerErrorDetail", "false");
    return properties;
  }

  @Override
  public String toString() {
    return "PostgresSettings[" + jdbcUrl + ", user=" + user + "]"; // never the password
  }
}
