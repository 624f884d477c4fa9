package dev.newsflow.cli.query;

import dev.newsflow.sink.postgres.PostgresSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the sink's database is: a DuckDB file, or PostgreSQL by JDBC URL and credentials. Precedence: flags, then
 * environment variables ({@code NEWSFLOW_PG_URL}, {@code NEWSFLOW_PG_USER}, {@code NEWSFLOW_PG_PASSWORD}), then
 * defaults. Prefer the environment for the password: flags show up in process listings.
 */
public final class DatabaseOptions {

  @Option(names = "--duckdb", paramLabel = "FILE", description = "The DuckDB database file.")
  Path duckdb;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      defaultValue = "${env:NEWSFLOW_PG_URL:-" + PostgresSettings.DEFAULT_URL + "}",
      description = "PostgreSQL JDBC URL (env NEWSFLOW_PG_URL; default ${DEFAULT-VALUE}).")
  String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER",
      defaultValue = "${env:NEWSFLOW_PG_USER:-" + PostgresSettings.DEFAULT_USER + "}",
      description = "PostgreSQL user (env NEWSFLOW_PG_USER; default ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:NEWSFLOW_PG_PASSWORD}",
      description = "PostgreSQL password (env NEWSFLOW_PG_PASSWORD, preferred).")
  String password;

  public PostgresSettings postgres() {
    return new PostgresSettings(jdbcUrl, user, password);
  }

  public Path duckdb() {
    return duckdb;
  }
}
