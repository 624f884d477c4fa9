package dev.newsflow.sink.store;

class DuckDbRoundTripTest extends AbstractRoundTripSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new DuckDbFixture();
  }
}
