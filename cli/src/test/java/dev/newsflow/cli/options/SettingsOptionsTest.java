package dev.newsflow.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.cli.Main;
import dev.newsflow.cli.run.EnrichCommand;
import dev.newsflow.enrich.topology.EnrichConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsOptionsTest {

  @TempDir
  Path dir;

  private Map<String, String> enrichValues(String... args) {
    CommandLine root = Main.commandLine();
    CommandLine.ParseResult parsed = root.parseArgs(args);
    EnrichCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();
    return command.settingValues();
  }

  @Test
  void shouldLayerFileThenFlagsThenSet() throws Exception {
    Path file = Files.writeString(dir.resolve("enrich.properties"),
        "threads=4\npartitions=6\ndedupe.retention=2d\n");

    Map<String, String> values = enrichValues("enrich", "--config", file.toString(), "--threads", "2",
        "--set", "partitions=9");

    assertThat(values).containsEntry("threads", "2").containsEntry("partitions", "9")
        .containsEntry("dedupe.retention", "2d");
  }

  @Test
  void shouldLeaveUnsetSettingsToTheDefinitionsDefaults() {
    Map<String, String> values = enrichValues("enrich", "--dedupe-min-words", "20");

    assertThat(values).containsOnlyKeys("dedupe.min.words");
    EnrichConfig config = EnrichConfig.of(new dev.newsflow.schemas.kafka.KafkaSettings("x:1", "mock://s"),
        dev.newsflow.schemas.kafka.TopicNames.defaults(), values);
    assertThat(config.dedupe().minWords()).isEqualTo(20);
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void shouldRefuseAnUnknownKeyNamingTheKnownOnes() throws Exception {
    Path file = Files.writeString(dir.resolve("typo.properties"), "thread=4\n");

    assertThatThrownBy(() -> enrichValues("enrich", "--config", file.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown enrich setting 'thread'")
        .hasMessageContaining("threads");
  }

  @Test
  void shouldShowTheDefinitionsDefaultsAndDocsInTheHelp() {
    StringWriter out = new StringWriter();
    Main.commandLine().setOut(new PrintWriter(out)).execute("enrich", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("How long content hashes and SimHashes are remembered")
        .contains("Setting dedupe.retention, default 7d.")
        .contains("Setting threads, default 0.");
  }

  @Test
  void shouldSayInOneLineWhatIsWrongWithAValue() {
    StringWriter err = new StringWriter();

    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("enrich", "--threads", "many");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("newsflow enrich: invalid enrich setting: Invalid value many for "
        + "configuration threads: Not a number of type INT");
  }
}
