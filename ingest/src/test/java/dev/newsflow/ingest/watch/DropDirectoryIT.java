package dev.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The drop directory on the real broker: each file ingested once, moved, and not read again after a restart. */
@ExtendWith(NewsflowClusterExtension.class)
class DropDirectoryIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private IngestService service(KafkaSettings kafka, String topic) throws Exception {
    return service(kafka, topic, Duration.ofMillis(100));
  }

  private IngestService service(KafkaSettings kafka, String topic, Duration settle) throws Exception {
    ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
    DropFileLoader loader = new DropFileLoader(new ArticleFileReader(), new ArticleJson(), 1_000_000);
    IngestService service = new IngestService(publisher,
        List.of(new DropDirectory(dir, loader, publisher, settle, Duration.ofSeconds(1))));
    service.start();
    return service;
  }

  /** Written under a temporary name and renamed in, the way producers should drop files. */
  private void drop(String name, String content) throws Exception {
    Path temp = dir.resolve(name + ".part");
    Files.writeString(temp, content);
    Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void shouldIngestEachNewFileOnceMoveItAndNotReadItAgainAfterARestart(TestCluster cluster) throws Exception {
    String topic = "ingest-watch-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());

    IngestService first = service(kafka, topic);
    drop("a.jsonl", "{\"url\":\"https://drop.example/a1\",\"content\":\"a one\"}\n"
        + "{\"url\":\"https://drop.example/a2\",\"content\":\"a two\"}\n");
    drop("b.html", "<html><head><link rel=canonical href='https://drop.example/b'></head><body>b</body></html>");
    drop("bad.jsonl", "{\"url\":\"https://drop.example/ok\",\"content\":\"fine\"}\n{broken\n");
    drop("notes.xyz", "what is this");
    Await.until("files moved", () -> Files.exists(dir.resolve("done/a.jsonl")) && Files.exists(dir.resolve("done/b.html"))
        && Files.exists(dir.resolve("failed/bad.jsonl.reason.txt"))
        && Files.exists(dir.resolve("failed/notes.xyz.reason.txt")), WAIT);
    SourceStatus status = first.statuses().get(0);
    first.stop();

    assertThat(status.counts()).containsEntry("files.done", 2L).containsEntry("files.failed", 2L)
        .containsEntry("articles.published", 4L).containsEntry("articles.failed", 1L);
    assertThat(Files.readString(dir.resolve("failed/bad.jsonl.reason.txt"))).contains("bad.jsonl:2: not valid JSON");
    assertThat(Files.readString(dir.resolve("failed/notes.xyz.reason.txt"))).contains("not a file type");
    assertThat(Files.exists(dir.resolve("failed/bad.jsonl"))).isTrue();
    assertThat(Files.list(dir).filter(Files::isRegularFile).toList()).isEmpty();

    // dropped while the service is down: read on start; what is in done/ is not read again
    drop("c.txt", "Title C\nBody of c.");
    IngestService second = service(kafka, topic);
    Await.until("c moved", () -> Files.exists(dir.resolve("done/c.txt")), WAIT);
    second.stop();

    Map<String, ?> articles = RawTopic.read(kafka, topic, 5);
    assertThat(RawTopic.count(kafka, topic, 5)).isEqualTo(5);
    assertThat(articles).containsKeys(ArticleIds.forUrl("https://drop.example/a1"),
        ArticleIds.forUrl("https://drop.example/a2"), ArticleIds.forUrl("https://drop.example/b"),
        ArticleIds.forUrl("https://drop.example/ok"));
  }

  @Test
  void shouldWaitUntilAFileStopsGrowingBeforeReadingIt(TestCluster cluster) throws Exception {
    String topic = "ingest-watch-slow-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    IngestService service = service(kafka, topic, Duration.ofMillis(1_500));
    // a slow writer, written in place (no rename): the first line, a pause shorter than the settle time, the second
    Path file = dir.resolve("slow.jsonl");
    Files.writeString(file, "{\"url\":\"https://drop.example/s1\",\"content\":\"one\"}\n");
    Thread.sleep(400); // the writer's pause, not a wait for a result
    Files.writeString(file, "{\"url\":\"https://drop.example/s2\",\"content\":\"two\"}\n",
        StandardOpenOption.APPEND);
    Await.until("slow.jsonl moved", () -> Files.exists(dir.resolve("done/slow.jsonl")), WAIT);
    SourceStatus status = service.statuses().get(0);
    service.stop();
    assertThat(status.counts()).containsEntry("articles.published", 2L);
    assertThat(DropDirectory.isCandidate(Path.of("x.jsonl.part"))).isFalse();
    assertThat(DropDirectory.isCandidate(Path.of(".x.jsonl"))).isFalse();
  }
}
