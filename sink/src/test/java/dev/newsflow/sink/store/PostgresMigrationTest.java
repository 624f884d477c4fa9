package dev.newsflow.sink.store;

import dev.newsflow.sink.jdbc.Dialect;

class PostgresMigrationTest extends AbstractMigrationSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.POSTGRES;
  }
}
