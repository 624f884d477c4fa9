package dev.newsflow.sink.query;

import dev.newsflow.sink.jdbc.Drivers;
import dev.newsflow.sink.postgres.PostgresSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Opens the sink's databases for reading. Stateless and thread-safe. */
public final class Databases {

  private Databases() {}

  /**
   * Opens a DuckDB file read-only. DuckDB lets one process write a file and no other process open it meanwhile,
   * so this fails while a sink (or the demo) has the file open; the message says so.
   */
  public static Connection openDuckDb(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw new SQLException("no DuckDB database at " + file.toAbsolutePath());
    }
    try {
      return Drivers.duckdb("jdbc:duckdb:" + file.toAbsolutePath(), readOnly());
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("lock")) {
        throw new SQLException("the DuckDB file " + file + " is in use by another process (a running sink or "
            + "demo); DuckDB allows no readers beside its writer: stop it first, or query PostgreSQL", e);
      }
      throw e;
    }
  }

  /** DuckDB's JDBC driver takes the mode as a property (a URL suffix would become part of the file name). */
  public static Properties readOnly() {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return properties;
  }

  public static Connection openPostgres(PostgresSettings settings) throws SQLException {
    Connection connection = Drivers.postgres(settings.jdbcUrl(), settings.connectionProperties());
    connection.setReadOnly(true);
    return connection;
  }
}
