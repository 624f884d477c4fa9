package dev.newsflow.sink.store;

class DuckDbDeleteTest extends AbstractDeleteSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
