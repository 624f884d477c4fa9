package dev.newsflow.ingest.stdin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Standard input, both shapes, through the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class StdinIngesterIT {

  @Test
  void shouldPublishJsonLinesOrOneDocumentWithTheGivenUrl(TestCluster cluster) throws Exception {
    String topic = "ingest-stdin-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    String lines = "{\"url\":\"https://stdin.example/1\",\"content\":\"one\"}\n"
        + "{\"url\":\"https://stdin.example/2\",\"content\":\"two\"}\n";
    String page = "<html><body><p>A page piped in.</p></body></html>";
    LoadSummary summary;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic)) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {});
      StdinIngester stdin = new StdinIngester(new ArticleFileReader(), new ArticleJson(), load, null, 1_000_000);
      assertThat(stdin.ingest(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), null))
          .isEqualTo(StdinIngester.Kind.JSON_LINES);
      assertThat(stdin.ingest(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
          "https://stdin.example/page")).isEqualTo(StdinIngester.Kind.DOCUMENT);
      summary = load.finish();
    }
    assertThat(summary.published()).isEqualTo(3);
    Map<String, RawArticle> articles = RawTopic.read(kafka, topic, 3);
    assertThat(articles).containsOnlyKeys(ArticleIds.forUrl("https://stdin.example/1"),
        ArticleIds.forUrl("https://stdin.example/2"), ArticleIds.forUrl("https://stdin.example/page"));
    assertThat(articles.values()).allSatisfy(a -> assertThat(a.getSourceType()).isEqualTo(SourceType.STDIN));
  }
}
