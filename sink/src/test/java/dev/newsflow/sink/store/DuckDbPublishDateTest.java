package dev.newsflow.sink.store;

class DuckDbPublishDateTest extends AbstractPublishDateSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
