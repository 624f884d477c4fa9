package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Verification queries over a plain JDBC connection. */
abstract class JdbcFixture implements StoreFixture {

  /** A connection beside the store's, for verification (and the query side). */
  public abstract Connection verifier() throws SQLException;

  @Override
  public List<List<Object>> query(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = verifier().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>(columns);
          for (int c = 1; c <= columns; c++) {
            Object value = result.getObject(c);
            row.add(value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  @Override
  public void execute(String sql) throws SQLException {
    try (Statement statement = verifier().createStatement()) {
      statement.execute(sql);
    }
  }
}
