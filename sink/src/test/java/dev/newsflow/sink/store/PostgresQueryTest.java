package dev.newsflow.sink.store;

import dev.newsflow.sink.jdbc.Dialect;
import java.sql.Connection;

class PostgresQueryTest extends AbstractQuerySuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }

  @Override
  protected Connection connection() throws Exception {
    return ((PostgresFixture) fixture).verifier();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.POSTGRES;
  }
}
