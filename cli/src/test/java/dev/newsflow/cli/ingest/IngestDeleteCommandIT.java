package dev.newsflow.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** Issue 16, item 3: {@code newsflow ingest delete} publishes one tombstone per article, keyed by its id. */
@ExtendWith(NewsflowClusterExtension.class)
class IngestDeleteCommandIT {

  private static final String ID = "0123456789abcdef0123456789abcdef";

  @Test
  void shouldPublishATombstonePerIdAndPerUrl(TestCluster cluster) {
    String topic = "cli-delete.raw";
    cluster.createTopics(1, topic);
    String url = "https://News.Example/story?utm_source=feed#top";

    Result result = run("ingest", "delete", ID, url, "--bootstrap-servers", cluster.bootstrapServers(),
        "--schema-registry", cluster.schemaRegistryUrl(), "--raw-topic", topic);

    String urlId = ArticleIds.forUrl("https://news.example/story");
    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.out.lines().toList()).containsExactly(ID, urlId);
    assertThat(result.err).contains("delete: 2 published, 0 failed to " + topic);
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(
        new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl()).clientConfig(), topic, 2,
        Duration.ofSeconds(30));
    assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly(ID, urlId);
    assertThat(records).allMatch(r -> r.value() == null);
  }

  @Test
  void shouldRefuseAnArgumentThatNamesNoArticleWithOneLineAndExitTwo() {
    Result result = run("ingest", "delete", ID, "not-an-id", "--bootstrap-servers", "127.0.0.1:1");

    assertThat(result.exit).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err.strip()).isEqualTo(
        "newsflow ingest delete: 'not-an-id' is neither an article id (32 hex characters) nor an http(s) URL");
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
