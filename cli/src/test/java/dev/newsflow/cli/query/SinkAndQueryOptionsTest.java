package dev.newsflow.cli.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.cli.Main;
import dev.newsflow.cli.run.SinkCommand.Store;
import dev.newsflow.cli.run.SinkCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** Store choice and query option parsing, without a cluster or a database. */
class SinkAndQueryOptionsTest {

  @TempDir
  Path dir;

  @Test
  void shouldInferTheStoreFromTheFileOptionGiven() {
    assertThat(sink("--jsonl", "x.jsonl").chosenStore()).isEqualTo(Store.JSONL);
    assertThat(sink("--duckdb", "x.duckdb").chosenStore()).isEqualTo(Store.DUCKDB);
    assertThat(sink("--store", "Postgres").chosenStore()).isEqualTo(Store.POSTGRES);
  }

  @Test
  void shouldRejectAStoreWithoutItsFileOrNoStoreAtAll() {
    for (String[] args : new String[][] {{}, {"--store", "duckdb"}, {"--store", "jsonl", "--duckdb", "x"}}) {
      SinkCommand command = sink(args);
      org.assertj.core.api.Assertions.assertThatThrownBy(command::chosenStore)
          .isInstanceOf(ParameterException.class);
    }
  }

  @Test
  void shouldTakeTheDatabaseFromTheEnvironmentOrDefaults() {
    SinkCommand command = sink("--store", "postgres", "--jdbc-url", "jdbc:postgresql://db:5432/news",
        "--db-user", "writer");
    assertThat(command.database.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/news");
    assertThat(command.database.postgres().user()).isEqualTo("writer");
    assertThat(command.database.postgres().toString()).doesNotContain("password");
  }

  @Test
  void shouldParseDatesInstantsAndAgesForSinceAndUntil() {
    assertThat(QueryCommand.when("2025-06-01")).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
    assertThat(QueryCommand.when("2025-06-01T12:30:00Z")).isEqualTo(Instant.parse("2025-06-01T12:30:00Z"));
    assertThat(QueryCommand.when("7d")).isCloseTo(Instant.now().minus(Duration.ofDays(7)),
        within(1, ChronoUnit.MINUTES));
    assertThat(QueryCommand.when(null)).isNull();
  }

  @Test
  void shouldFailClearlyWhenTheDuckDbFileIsMissing() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("stats", "--duckdb", dir.resolve("missing.duckdb").toString());
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("no DuckDB database at");
  }

  private static SinkCommand sink(String... args) {
    SinkCommand command = new SinkCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }
}
