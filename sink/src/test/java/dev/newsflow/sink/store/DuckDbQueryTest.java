package dev.newsflow.sink.store;

import dev.newsflow.sink.jdbc.Dialect;
import java.sql.Connection;

class DuckDbQueryTest extends AbstractQuerySuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }

  @Override
  protected Connection connection() throws Exception {
    return ((DuckDbFixture) fixture).verifier();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.DUCKDB;
  }
}
