package dev.newsflow.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bulk-load commands as a user runs them: ids on stdout, failures and the summary on stderr, exit codes. */
@ExtendWith(NewsflowClusterExtension.class)
class IngestCommandsIT {

  @TempDir
  Path dir;

  @Test
  void shouldLoadJsonLinesReportTheBadLineAndExitWithOne(TestCluster cluster) throws Exception {
    cluster.createTopics(1, "app-ingest-jsonl.raw");
    Path jsonl = Files.writeString(dir.resolve("in.jsonl"),
        "{\"url\":\"https://cli.example/1\",\"content\":\"one\"}\n"
            + "not json\n"
            + "{\"url\":\"https://cli.example/2\",\"content\":\"two\"}\n");
    Path rejects = dir.resolve("rejects.jsonl");

    Result result = run("ingest", "jsonl", jsonl.toString(), "--rejects", rejects.toString(), "--progress",
        "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry", cluster.schemaRegistryUrl(),
        "--raw-topic", "app-ingest-jsonl.raw");

    assertThat(result.exit).isEqualTo(1);
    assertThat(result.out.lines().toList()).containsExactlyInAnyOrder(ArticleIds.forUrl("https://cli.example/1"),
        ArticleIds.forUrl("https://cli.example/2"));
    assertThat(result.err).contains("failed: " + jsonl + ":2: not valid JSON")
        .contains("jsonl: published 2, failed 1 to app-ingest-jsonl.raw")
        .contains("jsonl: 2 articles"); // the forced progress line
    assertThat(Files.readString(rejects)).isEqualTo("not json\n");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private record Result(int exit, String out, String err) {}
}
