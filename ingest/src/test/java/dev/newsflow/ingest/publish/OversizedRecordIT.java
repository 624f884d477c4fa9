package dev.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A record over the broker's message size limit (1 MB by default, checked after compression) within the ingest
 * limit (10 MB): the broker refuses it, and the load counts it as failed with a message that says what happened
 * and what to change; the articles around it are published. Nothing is dropped silently.
 */
@ExtendWith(NewsflowClusterExtension.class)
class OversizedRecordIT {

  @Test
  void shouldCountARecordTheBrokerRefusesAsFailedWithAClearReason(TestCluster cluster) {
    String topic = "oversized-it.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    byte[] noise = new byte[3 * 1024 * 1024];
    new Random(5).nextBytes(noise);
    // 4 MB of base64 noise: zstd cannot shrink it under the broker's 1 MB
    RawArticle huge = article("huge", "<html><body><p>" + Base64.getEncoder().encodeToString(noise)
        + "</p></body></html>");
    Map<String, String> failures = new ConcurrentHashMap<>();
    LoadSummary summary;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic)) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {
        @Override
        public void failed(String input, String reason) {
          failures.put(input, reason);
        }
      });
      load.publish("before", article("before", "<p>A normal story.</p>"));
      load.publish("huge", huge);
      load.publish("after", article("after", "<p>Another normal story.</p>"));
      summary = load.finish();
    }

    assertThat(summary.published()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(failures).containsOnlyKeys("huge");
    assertThat(failures.get("huge")).contains("RecordTooLargeException", "article huge",
        "larger than the broker accepts on topic " + topic, "max.message.bytes");
    assertThat(TopicReader.readCommitted(kafka.clientConfig(), topic, 2, Duration.ofSeconds(30)))
        .extracting(r -> new String(r.key())).containsExactlyInAnyOrder("before", "after");
  }

  private static RawArticle article(String id, String html) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.OTHER)
        .setUrl("https://n.example/" + id).setContent(html).setContentType(ContentType.HTML)
        .setFetchedAt(Instant.parse("2026-11-01T00:00:00Z")).setHints(Map.of()).build();
  }
}
