package dev.newsflow.sink.store;

class DuckDbStoryTest extends AbstractStorySuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }

  @Override
  protected String epochSeconds(String column) {
    return "SELECT epoch(" + column + ") FROM stories";
  }
}
