package dev.newsflow.sink.store;

import dev.newsflow.sink.duckdb.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** A DuckDB file in a temp directory, deleted on close. Verification uses a second in-process connection. */
public final class DuckDbFixture extends JdbcFixture {

  private final Path dir;
  private final Path file;
  private Connection verifier;

  public DuckDbFixture() throws IOException {
    dir = Files.createTempDirectory("newsflow-duckdb");
    file = dir.resolve("news.duckdb");
  }

  public Path file() {
    return file;
  }

  @Override
  public ArticleStore open() throws Exception {
    return new DuckDbStore(file);
  }

  @Override
  public Connection verifier() throws SQLException {
    if (verifier == null) {
      verifier = DriverManager.getConnection("jdbc:duckdb:" + file);
    }
    return verifier;
  }

  @Override
  public void close() throws Exception {
    if (verifier != null) {
      verifier.close();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
