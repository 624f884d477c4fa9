package dev.newsflow.sink.jdbc;

/** The SQL databases the sink writes to; names the migration resource folder of each. */
public enum Dialect {
  POSTGRES("postgres", "LOCK TABLE schema_version IN EXCLUSIVE MODE"),
  // DuckDB has one writer per database file, so there is nothing to lock against.
  DUCKDB("duckdb", null);

  private final String folder;
  private final String lockStatement;

  Dialect(String folder, String lockStatement) {
    this.folder = folder;
    this.lockStatement = lockStatement;
  }

  String migrationFolder() {
    return "/dev/newsflow/sink/migrations/" + folder + "/";
  }

  /** Serialises concurrent migrators (several sink instances starting at once); null where not needed. */
  String lockStatement() {
    return lockStatement;
  }
}
