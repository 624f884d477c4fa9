package dev.newsflow.sink.store;

class PostgresMigrationTest extends AbstractMigrationSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
