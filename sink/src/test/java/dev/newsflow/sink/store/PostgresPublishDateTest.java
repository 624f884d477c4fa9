package dev.newsflow.sink.store;

class PostgresPublishDateTest extends AbstractPublishDateSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
