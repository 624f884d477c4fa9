package dev.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** The shared --warmup/--duration/--json: each command's own defaults, in the fields and in its help. */
class BenchOptionsTest {

  @Test
  void shouldGiveEachCommandItsOwnDefaults() {
    assertThat(options("bench", "tag", "in.jsonl")).extracting(o -> o.warmup, o -> o.duration, o -> o.json)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), false);
    assertThat(options("bench", "extract", "pages")).extracting(o -> o.warmup, o -> o.duration, o -> o.json)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), false);
    assertThat(options("bench", "pipeline")).extracting(o -> o.warmup, o -> o.duration, o -> o.json)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), false);
  }

  @Test
  void shouldTakeWhatIsGivenAndParseItAsDurations() {
    BenchOptions options = options("bench", "pipeline", "--warmup", "1s", "--duration", "500ms", "--json");

    assertThat(options.warmupTime()).isEqualTo(Duration.ofSeconds(1));
    assertThat(options.measuredTime()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.json).isTrue();
  }

  @Test
  void shouldShowEachCommandsDefaultsInItsHelp() {
    assertThat(usage("tag")).contains("(default 10s)").contains("(default 20s)");
    assertThat(usage("pipeline")).contains("(default 10s)").contains("(default 30s)").doesNotContain("(default 20s)");
  }

  private static BenchOptions options(String... args) {
    ParseResult bench = Main.commandLine().parseArgs(args).subcommand();
    Object command = bench.subcommand().commandSpec().userObject();
    if (command instanceof BenchTagCommand tag) {
      return tag.bench;
    }
    if (command instanceof BenchCommand.Extract extract) {
      return extract.bench;
    }
    return ((BenchPipelineCommand) command).bench;
  }

  private static String usage(String command) {
    CommandLine bench = Main.commandLine().getSubcommands().get("bench");
    return bench.getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
  }
}
