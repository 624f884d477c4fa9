package dev.newsflow.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.CliRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistake is one clear line (a parameter mistake: the error and one hint line) and a non-zero exit code,
 * within seconds, never a stack trace or the whole usage (issue 14; the query and --set cases of issue 15).
 */
class CommandErrorsTest {

  @TempDir
  Path dir;

  private String noBroker;

  @BeforeEach
  void findAClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      noBroker = "127.0.0.1:" + socket.getLocalPort(); // free once closed: nothing listens there
    }
  }

  @Test
  void shouldPrintTheErrorAndOneHintInsteadOfTheUsageForAnUnknownOption() {
    CliRun run = CliRun.of("extract", "--nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("newsflow extract: Unknown option: '--nope'",
        "Try 'newsflow extract --help' for more information.");
  }

  @Test
  void shouldSuggestTheSubcommandMeantOnTheHintLine() {
    CliRun run = CliRun.of("extarct");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(1)).startsWith("Did you mean extract").endsWith("Try 'newsflow --help' for more "
        + "information.");
  }

  @Test
  void shouldNameTheClientPropertyOptionOnceWhenItsValueIsNotKeyValue() {
    CliRun run = CliRun.of("ingest", "files", "-X", "foo", "a.html");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("newsflow ingest files: ").contains("'--property'")
        .contains("KEY=VALUE").doesNotContain("option option");
  }

  @Test
  void shouldSayWhichFileIsMissingWhenExtracting() {
    Path missing = dir.resolve("nope.html");
    CliRun run = CliRun.of("extract", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("extract: no such file: " + missing);
  }

  @Test
  void shouldRefuseAMissingClientConfigFileInOneLine() {
    Path missing = dir.resolve("client.properties");
    CliRun run = CliRun.of("sink", "--duckdb", dir.resolve("news.duckdb").toString(), "--client-config",
        missing.toString(), "--bootstrap-servers", noBroker);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("newsflow sink: --client-config: no such file: " + missing);
  }

  @Test
  void shouldRefuseAnInvalidSinceInOneLine() {
    for (String since : new String[] {"2025-13-01", "2025-06-01Tnoon", "yesterday"}) {
      CliRun run = CliRun.of("query", "--duckdb", dir.resolve("news.duckdb").toString(), "--since", since);

      assertThat(run.exit()).as(since).isEqualTo(2);
      assertThat(run.errLines()).as(since).containsExactly("newsflow query: --since: '" + since + "' is not a date "
          + "(2025-06-01), an instant (2025-06-01T12:00:00Z) or an age (7d)");
    }
  }

  @Test
  void shouldAddTheStackTraceWhenVerbose() {
    String db = dir.resolve("news.duckdb").toString();
    for (String[] args : new String[][] {{"query", "--verbose", "--duckdb", db, "--since", "2025-13-01"},
        {"--verbose", "query", "--duckdb", db, "--since", "2025-13-01"}}) {
      CliRun run = CliRun.of(args);

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.errLines().get(0)).startsWith("newsflow query: --since: '2025-13-01' is not a date");
      assertThat(run.err()).contains("DateTimeParseException").contains("\tat ");
    }
  }

  @Test
  void shouldRefuseALimitOverTheMaximumInOneLine() {
    CliRun run = CliRun.of("query", "--duckdb", dir.resolve("news.duckdb").toString(), "--limit", "100000");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("newsflow query: limit must be 1..10000: 100000");
  }

  @Test
  void shouldRefuseAnUnknownSettingBeforeAskingForTheCluster() {
    CliRun enrich = CliRun.of("enrich", "--set", "nope=1", "--bootstrap-servers", noBroker);
    CliRun sink = CliRun.of("sink", "--jsonl", dir.resolve("out.jsonl").toString(), "--set", "nope=1",
        "--bootstrap-servers", noBroker);

    assertThat(enrich.exit()).isEqualTo(2);
    assertThat(enrich.errLines()).hasSize(1);
    assertThat(enrich.errLines().get(0)).startsWith("newsflow enrich: unknown enrich setting 'nope'");
    assertThat(sink.exit()).isEqualTo(2);
    assertThat(sink.errLines()).hasSize(1);
    assertThat(sink.errLines().get(0)).startsWith("newsflow sink: unknown sink setting 'nope'");
  }

  @Test
  void shouldSayAMissingDuckDbFileInOneLine() {
    Path missing = dir.resolve("none.duckdb");
    CliRun run = CliRun.of("stats", "--duckdb", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("newsflow stats: no DuckDB database at " + missing);
  }

  @Test
  void shouldFailWithinSecondsInOneLineWhenNoBrokerAnswers() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<html><body><p>Hello.</p></body></html>");
    String[][] commands = {
        {"ingest", "files", page.toString()},
        {"enrich", "--state-dir", dir.resolve("state").toString(), "--metrics-port", "off"},
        {"sink", "--jsonl", dir.resolve("out.jsonl").toString(), "--metrics-port", "off"},
        {"consume"}};
    for (String[] command : commands) {
      String[] args = concat(command, "--bootstrap-servers", noBroker, "--connect-timeout", "2s");
      CliRun run = CliRun.of(args);

      String name = "newsflow " + String.join(" ", command).replaceAll(" (--|/).*", "");
      assertThat(run.exit()).as(name).isEqualTo(1);
      assertThat(run.errLines()).as(name).containsExactly(name + ": cannot reach Kafka at " + noBroker
          + " (is a broker running? 'newsflow local' starts one; set --bootstrap-servers or "
          + "NEWSFLOW_BOOTSTRAP_SERVERS)");
      assertThat(run.took()).as(name).isLessThan(Duration.ofSeconds(5));
    }
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
