package dev.newsflow.sink.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Classifies SQL failures for the sink's retry policy. Stateless and thread-safe. */
public final class SqlErrors {

  private SqlErrors() {}

  /**
   * True when the SQLSTATE (of the error or any error chained to it) says the data was at fault: class 22 (data
   * exception, e.g. a NUL byte PostgreSQL text cannot hold) or 23 (integrity constraint violation). Everything
   * else — connection loss (08), resources (53), shutdown (57), deadlocks (40), even a missing table (42) — is
   * not the record's fault and is retried.
   */
  public static boolean isDataError(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the state says the connection is gone (class 08), so it must be reopened. */
  public static boolean isConnectionError(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The error a dead-letter header should name: for a failed JDBC batch, the database's own error behind it
   * (the batch exception's message repeats the statement with all its values, the article text included).
   */
  public static Exception reason(Exception failure) {
    if (failure instanceof SQLException sql && sql.getNextException() != null) {
      return sql.getNextException();
    }
    return failure;
  }

  /**
   * A one-line description of a store failure for logs and readiness details, never with the data: the exception
   * class and SQLSTATE, and the database's message only where it cannot quote values. A JDBC batch exception's
   * message repeats the statement with its values (the article text), and data errors (classes 22, 23) may quote
   * them, so those messages are left out.
   */
  public static String describe(Throwable failure) {
    SQLException sql = firstSqlException(failure);
    if (sql == null) {
      return failure.getClass().getName() + ": " + firstLine(String.valueOf(failure.getMessage()));
    }
    SQLException shown = sql.getNextException() != null ? sql.getNextException() : sql;
    String state = shown.getSQLState();
    StringBuilder line = new StringBuilder(shown.getClass().getSimpleName()).append(" SQLSTATE ").append(state);
    boolean quotesData = state == null || state.startsWith("22") || state.startsWith("23")
        || shown instanceof BatchUpdateException;
    if (!quotesData) {
      line.append(": ").append(firstLine(String.valueOf(shown.getMessage())));
    }
    return line.toString();
  }

  private static SQLException firstSqlException(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /** The first line, at most 200 characters. */
  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() <= 200 ? line.strip() : line.substring(0, 199).strip() + "…";
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null) {
      return sql.getNextException();
    }
    return t.getCause();
  }
}
