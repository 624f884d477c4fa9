package dev.newsflow.cli.query;

import dev.newsflow.cli.errors.CommandFailure;
import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.query.ArticleSearch;
import dev.newsflow.sink.query.Databases;
import dev.newsflow.sink.query.StorySearch;
import java.sql.Connection;
import java.sql.SQLException;

/** The database a query or stats command reads: the DuckDB file if given, else PostgreSQL. Closes with it. */
final class QuerySource implements AutoCloseable {

  private final Connection connection;
  private final ArticleSearch search;
  private final StorySearch stories;

  /**
   * Opens the database.
   *
   * @throws CommandFailure when it cannot be opened (no such file, in use by a sink, server down), saying why
   */
  QuerySource(DatabaseOptions options) {
    Dialect dialect = options.duckdb() != null ? Dialect.DUCKDB : Dialect.POSTGRES;
    try {
      this.connection = dialect == Dialect.DUCKDB ? Databases.openDuckDb(options.duckdb())
          : Databases.openPostgres(options.postgres());
    } catch (SQLException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    this.search = new ArticleSearch(connection, dialect);
    this.stories = new StorySearch(connection, dialect);
  }

  ArticleSearch search() {
    return search;
  }

  StorySearch stories() {
    return stories;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
