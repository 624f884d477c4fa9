package dev.newsflow.sink.store;

class DuckDbLoadTest extends AbstractLoadSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
