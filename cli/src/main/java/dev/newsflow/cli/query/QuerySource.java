package dev.newsflow.cli.query;

import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.ArticleSearch;
import dev.newsflow.sink.query.Databases;
import java.sql.Connection;
import java.sql.SQLException;

/** The database a query or stats command reads: the DuckDB file if given, else PostgreSQL. Closes with it. */
final class QuerySource implements AutoCloseable {

  private final Connection connection;
  private final ArticleSearch search;

  QuerySource(DatabaseOptions options) throws SQLException {
    Dialect dialect = options.duckdb() != null ? Dialect.DUCKDB : Dialect.POSTGRES;
    this.connection = dialect == Dialect.DUCKDB ? Databases.openDuckDb(options.duckdb())
        : Databases.openPostgres(options.postgres());
    this.search = new ArticleSearch(connection, dialect);
  }

  ArticleSearch search() {
    return search;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
