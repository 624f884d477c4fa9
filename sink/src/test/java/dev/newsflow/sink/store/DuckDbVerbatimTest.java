package dev.newsflow.sink.store;

class DuckDbVerbatimTest extends AbstractVerbatimSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
