package dev.newsflow.sink.query;

import dev.newsflow.sink.jdbc.Dialect;

/** Timestamps in the query side's SQL, per dialect, as epoch milliseconds both ways. Stateless and thread-safe. */
final class SqlTimes {

  private SqlTimes() {}

  /** An expression giving a timestamp expression's epoch milliseconds as a bigint. */
  static String epochMillis(Dialect dialect, String expression) {
    return dialect == Dialect.POSTGRES
        ? "CAST(extract(epoch FROM " + expression + ") * 1000 AS bigint)" : "epoch_ms(" + expression + ")";
  }

  /** A parameter taking epoch milliseconds, as a timestamp. */
  static String millisParam(Dialect dialect) {
    return dialect == Dialect.POSTGRES ? "to_timestamp(? / 1000.0)" : "epoch_ms(CAST(? AS BIGINT))";
  }
}
