package dev.newsflow.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.CliRun;
import dev.newsflow.cli.Main;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TrendsCommandTest {

  @Test // issue 14: trends did not find a running demo by default
  void shouldLookForTheDemoWhenNoLocalEnrichAnswersByDefault() {
    CommandLine newsflow = Main.commandLine();
    newsflow.parseArgs("trends");
    TrendsCommand command = newsflow.getSubcommands().get("trends").getCommand();

    assertThat(command.places()).containsExactly("http://127.0.0.1:9401", "http://127.0.0.1:8088");
  }

  @Test
  void shouldSayInOneLineThatNothingAnswers() throws IOException {
    String url;
    try (ServerSocket socket = new ServerSocket(0)) {
      url = "http://127.0.0.1:" + socket.getLocalPort();
    }
    CliRun run = CliRun.of("trends", "--url", url);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("newsflow trends: nothing answers at " + url + " (is enrich or the "
        + "demo running? see --url)");
  }
}
