package dev.newsflow.sink.store;

class PostgresUpsertTest extends AbstractUpsertSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
