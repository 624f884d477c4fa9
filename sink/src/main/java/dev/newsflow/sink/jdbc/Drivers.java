package dev.newsflow.sink.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections through our two drivers directly rather than {@code DriverManager}, whose service-loader
 * lookup depends on class loaders (and fails in some launchers and shaded jars). Stateless and thread-safe.
 */
public final class Drivers {

  private static final Driver DUCKDB = new org.duckdb.DuckDBDriver();
  private static final Driver POSTGRES = new org.postgresql.Driver();

  private Drivers() {}

  public static Connection duckdb(String url, Properties properties) throws SQLException {
    return connect(DUCKDB, url, properties);
  }

  public static Connection postgres(String url, Properties properties) throws SQLException {
    return connect(POSTGRES, url, properties);
  }

  private static Connection connect(Driver driver, String url, Properties properties) throws SQLException {
    Connection connection = driver.connect(url, properties);
    if (connection == null) {
      throw new SQLException("not a URL for " + driver.getClass().getSimpleName() + ": " + url);
    }
    return connection;
  }
}
