package dev.newsflow.sink.store;

class PostgresDeleteTest extends AbstractDeleteSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
