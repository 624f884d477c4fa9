package dev.newsflow.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest files} on the real broker: a directory walked, every file published or reported. */
@ExtendWith(NewsflowClusterExtension.class)
class FileIngesterIT {

  @TempDir
  Path dir;

  @Test
  void shouldPublishEveryArticleFileAndReportTheOnesItCannot(TestCluster cluster) throws Exception {
    String topic = "ingest-files-it.raw";
    cluster.createTopics(2, topic);
    Files.createDirectories(dir.resolve("nested"));
    Files.writeString(dir.resolve("a.html"), "<html><head><link rel=canonical href='https://n.example/a'></head>"
        + "<body><p>A story.</p></body></html>");
    Files.writeString(dir.resolve("nested/b.txt"), "Title B\nBody of b.");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("nested/c.html.gz")))) {
      out.write("<html><body><p>Zipped story.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve(".hidden.html"), "<p>not an article file</p>");
    Files.writeString(dir.resolve("notes.json"), "{}");
    Files.writeString(dir.resolve("huge.txt"), "x".repeat(5_000));

    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    IngestReport report;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic)) {
      report = new FileIngester(new ArticleFileReader(4_096, Clock.systemUTC()), publisher)
          .ingest(List.of(dir, dir.resolve("missing")));
    }

    assertThat(report.publishedIds()).hasSize(3).doesNotHaveDuplicates();
    assertThat(report.failures()).extracting(IngestReport.Failure::input)
        .containsExactlyInAnyOrder(dir.resolve("huge.txt").toString(), dir.resolve("missing").toString());
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(kafka.clientConfig(), topic, 3,
        Duration.ofSeconds(30));
    assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrderElementsOf(report.publishedIds());
  }
}
