package dev.newsflow.sink.store;

class PostgresRoundTripTest extends AbstractRoundTripSuite {
  @Override
  protected StoreFixture createFixture() throws Exception {
    return new PostgresFixture();
  }
}
