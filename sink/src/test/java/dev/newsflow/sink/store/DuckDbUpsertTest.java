package dev.newsflow.sink.store;

class DuckDbUpsertTest extends AbstractUpsertSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
