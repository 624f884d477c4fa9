package dev.newsflow.sink.store;

import java.util.List;

/** A database for one test class: opens stores on it and runs verification queries beside them. */
public interface StoreFixture extends AutoCloseable {

  /** A new store on this fixture's database (migrating it if needed). */
  ArticleStore open() throws Exception;

  /** Rows of a query, each as a list of column values. Only for test verification. */
  List<List<Object>> query(String sql, Object... params) throws Exception;

  /** Runs a statement, e.g. to empty tables between tests. */
  void execute(String sql) throws Exception;

  @Override
  void close() throws Exception;
}
