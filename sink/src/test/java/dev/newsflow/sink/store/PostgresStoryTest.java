package dev.newsflow.sink.store;

class PostgresStoryTest extends AbstractStorySuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }

  @Override
  protected String epochSeconds(String column) {
    return "SELECT CAST(extract(epoch FROM " + column + ") AS bigint) FROM stories";
  }
}
