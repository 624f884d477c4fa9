package dev.newsflow.sink.store;

class PostgresLoadTest extends AbstractLoadSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
