package dev.newsflow.sink.store;

class PostgresVerbatimTest extends AbstractVerbatimSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
