package dev.newsflow.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.sink.duckdb.DuckDbStore;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error cases of issue 14 that only a separate process shows as a user sees them: everything on stderr,
 * Kafka's own log lines included, and the exit code of the JVM. Each case is exactly one line.
 */
@ExtendWith(NewsflowClusterExtension.class)
class CommandErrorsIT {

  @TempDir
  Path dir;

  @Test
  void shouldFailWithinSecondsInOneLineWhenNoBrokerRuns() throws Exception {
    String noBroker;
    try (ServerSocket socket = new ServerSocket(0)) {
      noBroker = "127.0.0.1:" + socket.getLocalPort();
    }
    Path page = Files.writeString(dir.resolve("a.html"), "<html><body><p>Hello.</p></body></html>");
    for (List<String> command : List.of(List.of("ingest", "files", page.toString()),
        List.of("enrich", "--state-dir", dir.resolve("state").toString(), "--metrics-port", "off"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--bootstrap-servers", noBroker, "--connect-timeout", "3s"));
      Finished run = newsflow(args);

      assertThat(run.exit).as("%s", command).isEqualTo(1);
      assertThat(run.stderr).as("%s", command).hasSize(1);
      assertThat(run.stderr.get(0)).contains(": cannot reach Kafka at " + noBroker + " (is a broker running?");
      assertThat(run.took).as("%s", command).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void shouldSayInOneLineThatAnotherEnrichHoldsTheStateDirectory(TestCluster cluster) throws Exception {
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Path state = dir.resolve("state");
    // constructing the service takes the directory's lock, as a running enrich holds it
    try (EnrichService first = new EnrichService(EnrichConfig.builder(kafka).applicationId("lock-it")
        .stateDir(state).build())) {
      Finished second = newsflow(List.of("enrich", "--application-id", "lock-it", "--state-dir", state.toString(),
          "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry", cluster.schemaRegistryUrl(),
          "--metrics-port", "off"));

      assertThat(second.exit).isEqualTo(1);
      assertThat(second.stderr).containsExactly("newsflow enrich: the state directory " + state.toAbsolutePath()
          + " is in use by another enrich instance; stop it, or give this one its own --state-dir");
    }
  }

  @Test
  void shouldSayInOneLineThatASinkHoldsTheDuckDbFile() throws Exception {
    Path file = dir.resolve("news.duckdb");
    try (DuckDbStore sink = new DuckDbStore(file)) {
      Finished stats = newsflow(List.of("stats", "--duckdb", file.toString()));

      assertThat(stats.exit).isEqualTo(1);
      assertThat(stats.stderr).hasSize(1);
      assertThat(stats.stderr.get(0)).startsWith("newsflow stats: the DuckDB file " + file
          + " is in use by another process");
    }
  }

  /** Runs {@code newsflow ARGS} in a new JVM with the main logging configuration, as the launcher does. */
  private Finished newsflow(List<String> args) throws IOException, InterruptedException {
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dlogback.configurationFile=" + Main.class.getResource("/logback.xml"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<String> lines = Files.readAllLines(stderr).stream().filter(line -> !line.isBlank()).toList();
    return new Finished(process.exitValue(), lines, took);
  }

  private record Finished(int exit, List<String> stderr, Duration took) {}
}
