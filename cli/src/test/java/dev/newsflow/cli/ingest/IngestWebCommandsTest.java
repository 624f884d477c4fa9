package dev.newsflow.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.cli.Main;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.feed.FeedState;
import dev.newsflow.ingest.feed.FeedStateStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The web ingest commands' options and the feed listing, without a cluster. */
class IngestWebCommandsTest {

  @TempDir
  Path dir;

  @Test
  void shouldLayerTheConfigFileUnderNamedFlagsAndSet() throws Exception {
    Path file = dir.resolve("ingest.properties");
    Files.writeString(file, "host.delay=5s\nfetch.threads=2\nfeed.interval=1h\n");
    IngestFeedCommand command = new IngestFeedCommand();
    new CommandLine(command).parseArgs("--config", file.toString(), "--host-delay", "250ms", "--set",
        "fetch.threads=6", "--allow-private-networks", "--interval", "5m", "https://n.example/rss");

    IngestSettings settings = command.web.settings(Map.of("feed.interval", command.interval));

    assertThat(settings.duration("host.delay")).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.integer("fetch.threads", 1)).isEqualTo(6);
    assertThat(settings.duration("feed.interval")).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.bool("net.allow-private-networks")).isTrue();
    assertThat(settings.bool("robots.enabled")).isTrue();
  }

  @Test
  void shouldRefuseAnUnknownSettingClearly() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("ingest", "feeds", "list", "--set", "host.dealy=1s");
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("unknown ingest setting 'host.dealy'");
  }

  @Test
  void shouldListFeedsWithStatusAndCounts() {
    FeedState state = new FeedState("https://n.example/rss");
    state.status = "failed";
    state.lastPoll = "2025-11-25T10:00:00Z";
    state.polls = 4;
    state.notModified = 2;
    state.failures = 1;
    state.itemsPublished = 17;
    state.lastError = "timeout: no complete answer within PT30S";
    state.markSeen("a", 10);
    new FeedStateStore(dir.resolve("feeds.json")).save(List.of(state));
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("ingest", "feeds", "list", "--data-dir", dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("https://n.example/rss").contains("failed")
        .containsPattern("2025-11-25T10:00:00Z\\s+4\\s+2\\s+1\\s+17\\s+1")
        .contains("last error: timeout");
  }

  @Test
  void shouldAskForUrlsAndParseCutOffDates() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("ingest", "url")).isEqualTo(2);
    assertThat(err.toString()).contains("no URLs given");
    assertThat(IngestSitemapCommand.parseSince("2025-11-01")).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
    assertThat(IngestSitemapCommand.parseSince("2025-11-01T06:00:00Z"))
        .isEqualTo(Instant.parse("2025-11-01T06:00:00Z"));
    assertThatThrownBy(() -> IngestSitemapCommand.parseSince("yesterday")).hasMessageContaining("--since");
  }
}
