package dev.newsflow.sink.store;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the store feature suites: one fixture (database) per test class, a fresh store and empty tables per
 * test. A subclass per store supplies the fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractStoreSuite {

  protected StoreFixture fixture;
  protected ArticleStore store;

  protected abstract StoreFixture createFixture() throws Exception;

  @BeforeAll
  void createDatabase() throws Exception {
    fixture = createFixture();
  }

  @BeforeEach
  void openStore() throws Exception {
    store = fixture.open();
    for (String table : List.of("article_entities", "article_topics", "articles", "stories")) {
      fixture.execute("DELETE FROM " + table);
    }
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
  }

  @AfterAll
  void dropDatabase() throws Exception {
    fixture.close();
  }

  protected long count(String sql, Object... params) throws Exception {
    return ((Number) fixture.query(sql, params).get(0).get(0)).longValue();
  }
}
