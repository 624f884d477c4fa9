package dev.newsflow.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest jsonl} on the real broker: good lines published, bad ones reported by line and kept. */
@ExtendWith(NewsflowClusterExtension.class)
class JsonLinesIngesterIT {

  @TempDir
  Path dir;

  private static final String GOOD_A = "{\"url\":\"https://n.example/a\",\"title\":\"A\",\"content\":\"<p>Story A</p>\","
      + "\"publishedAt\":\"2026-11-25T08:00:00Z\",\"language\":\"en\"}";
  private static final String GOOD_B = "{\"url\":\"https://n.example/b?utm_medium=rss\",\"content\":\"Story B text\"}";
  private static final String BAD_JSON = "{\"url\":\"https://n.example/c\",\"content\":";
  private static final String NO_CONTENT = "{\"url\":\"https://n.example/d\"}";
  private static final String NOT_OBJECT = "[\"https://n.example/e\"]";

  private LoadSummary load(KafkaSettings kafka, String topic, String name, InputStream in, OutputStream rejects,
      Map<String, String> failures) throws IOException {
    return load(kafka, topic, name, in, rejects, failures, 10_000);
  }

  private LoadSummary load(KafkaSettings kafka, String topic, String name, InputStream in, OutputStream rejects,
      Map<String, String> failures, long maxContentBytes) throws IOException {
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic)) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {
        @Override
        public void failed(String input, String reason) {
          failures.put(input, reason);
        }
      });
      new JsonLinesIngester(new ArticleJson(maxContentBytes, Clock.systemUTC()), load, rejects, maxContentBytes)
          .ingest(name, in, "file:" + name, SourceType.FILE);
      return load.finish();
    }
  }

  @Test
  void shouldPublishGoodLinesAndReportEachBadLineWithItsNumber(TestCluster cluster) throws Exception {
    String topic = "ingest-jsonl-it.raw";
    cluster.createTopics(2, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (String line : List.of(GOOD_A, BAD_JSON, "", NO_CONTENT, GOOD_B, NOT_OBJECT)) {
      file.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // line 7: a string with an invalid UTF-8 byte
    file.write("{\"url\":\"https://n.example/f\",\"content\":\"caf".getBytes(StandardCharsets.US_ASCII));
    file.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    Path jsonl = dir.resolve("corpus.jsonl");
    Files.write(jsonl, file.toByteArray());

    Map<String, String> failures = new ConcurrentHashMap<>();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    LoadSummary summary;
    try (InputStream in = Files.newInputStream(jsonl)) {
      summary = load(kafka, topic, "corpus.jsonl", in, rejects, failures);
    }

    assertThat(summary.published()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(4);
    assertThat(failures).containsOnlyKeys("corpus.jsonl:2", "corpus.jsonl:4", "corpus.jsonl:6", "corpus.jsonl:7");
    assertThat(failures.get("corpus.jsonl:2")).startsWith("not valid JSON");
    assertThat(failures.get("corpus.jsonl:4")).contains("\"content\" is missing");
    assertThat(failures.get("corpus.jsonl:6")).contains("JSON object");
    assertThat(failures.get("corpus.jsonl:7")).containsIgnoringCase("UTF-8");
    String rejected = rejects.toString(StandardCharsets.ISO_8859_1);
    assertThat(rejected.lines().toList()).hasSize(4).startsWith(BAD_JSON, NO_CONTENT, NOT_OBJECT);

    Map<String, RawArticle> articles = RawTopic.read(kafka, topic, 2);
    assertThat(articles).containsOnlyKeys(ArticleIds.forUrl("https://n.example/a"),
        ArticleIds.forUrl("https://n.example/b"));
    RawArticle a = articles.get(ArticleIds.forUrl("https://n.example/a"));
    assertThat(a.getTitle()).isEqualTo("A");
    assertThat(a.getHints()).containsEntry("language", "en");
  }

  @Test
  void shouldReadGzippedFilesAndGiveTheSameIdsWhenTheSameUrlsComeAgain(TestCluster cluster) throws Exception {
    String topic = "ingest-jsonl-gz-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Path gz = dir.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write((GOOD_A + "\n" + GOOD_B + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // the same two URLs again, one written differently (tracking parameter, host case)
    String again = GOOD_A.replace("https://n.example/a", "https://N.EXAMPLE/a?utm_source=x") + "\n" + GOOD_B + "\n";

    Map<String, String> failures = new ConcurrentHashMap<>();
    LoadSummary first;
    try (InputStream in = Files.newInputStream(gz)) {
      first = load(kafka, topic, "corpus.jsonl.gz", in, null, failures);
    }
    LoadSummary second = load(kafka, topic, "again.jsonl",
        new java.io.ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)), null, failures);

    assertThat(failures).isEmpty();
    assertThat(first.published()).isEqualTo(2);
    assertThat(second.published()).isEqualTo(2);
    Map<String, RawArticle> articles = RawTopic.read(kafka, topic, 4);
    assertThat(RawTopic.count(kafka, topic, 4)).isEqualTo(4);
    assertThat(articles).containsOnlyKeys(ArticleIds.forUrl("https://n.example/a"),
        ArticleIds.forUrl("https://n.example/b"));
  }

  @Test
  void shouldPublishAPageOfSeveralMegabytesWithinTheContentLimit(TestCluster cluster) throws Exception {
    String topic = "ingest-jsonl-large-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    // 3 MB of HTML: over Kafka's default max.request.size of 1 MB, under the ingest limit of 10 MB
    String page = "<html><body>" + "<p>The council met on Tuesday to discuss the budget.</p>".repeat(55_000)
        + "</body></html>";
    String line = "{\"url\":\"https://n.example/long-read\",\"content\":\"" + page + "\"}\n";
    Map<String, String> failures = new ConcurrentHashMap<>();
    LoadSummary summary = load(kafka, topic, "large.jsonl",
        new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), null, failures, 10_000_000);
    assertThat(failures).isEmpty();
    assertThat(summary.published()).isEqualTo(1);
    assertThat(RawTopic.read(kafka, topic, 1).get(ArticleIds.forUrl("https://n.example/long-read")).getContent())
        .hasSize(page.length());
  }
}
