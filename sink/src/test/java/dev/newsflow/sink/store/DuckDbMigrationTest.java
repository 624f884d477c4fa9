package dev.newsflow.sink.store;

import dev.newsflow.sink.jdbc.Dialect;

class DuckDbMigrationTest extends AbstractMigrationSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.DUCKDB;
  }
}
