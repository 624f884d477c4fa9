package dev.newsflow.sink.store;

class DuckDbMigrationTest extends AbstractMigrationSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
