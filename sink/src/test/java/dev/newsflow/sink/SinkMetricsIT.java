package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ScrapedMetrics;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.store.ArticleStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink's /metrics and /ready over real HTTP, through a store outage, on the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class SinkMetricsIT {

  private static final int ARTICLES = 4;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldReportTheStoreOutageInReadinessAndCountBatchesRowsRetriesAndDeadLetters(TestCluster cluster)
      throws Exception {
    TopicNames topics = new TopicNames("sink-metrics.raw", "sink-metrics.enriched", "sink-metrics.dlq");
    cluster.createTopics(1, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    SinkServiceIT.produce(kafka, topics.enriched(), ARTICLES);
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(),
        new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(topics.enriched(), "poison".getBytes(StandardCharsets.UTF_8),
          new byte[] {0, 0, 0, 0, 9})).get();
    }

    SwitchableStore store = new SwitchableStore();
    SinkConfig config = SinkConfig.defaults(kafka).withTopics(topics).withGroupId("sink-metrics")
        .withBatching(100, Duration.ofMillis(200));
    try (ServiceMetrics metrics = new ServiceMetrics();
         SinkService sink = new SinkService(config, store, metrics.registry());
         OpsServer server = OpsServer.builder(metrics).port(0).readiness("sink", sink.readiness()).start()) {
      assertThat(get(server, "/ready").statusCode()).as("not started").isEqualTo(503);

      sink.start();
      Await.until("the sink joined and saw the store fail", () -> {
        JsonNode ready = readyBody(server);
        return ready.at("/checks/sink/joined").asBoolean() && !ready.at("/checks/sink/storeReachable").asBoolean();
      }, Duration.ofSeconds(60));
      HttpResponse<String> down = get(server, "/ready");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(json.readTree(down.body()).at("/checks/sink/storeError").asText()).contains("store down");

      store.down = false;
      Await.until("all written", () -> sink.written() == ARTICLES, Duration.ofSeconds(60));
      HttpResponse<String> up = get(server, "/ready");
      assertThat(up.statusCode()).isEqualTo(200);
      assertThat(json.readTree(up.body()).at("/checks/sink/assigned").toString()).contains("sink-metrics.enriched-0");

      ScrapedMetrics scraped = ScrapedMetrics.parse(get(server, "/metrics").body());
      Map<String, String> flaky = Map.of("store", "switchable");
      assertThat(scraped.sum("newsflow_sink_rows_total", flaky)).isEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_sink_batches_total", flaky)).isGreaterThanOrEqualTo(1);
      assertThat(scraped.sum("newsflow_sink_write_failures_total", Map.of("store", "switchable", "kind", "transient")))
          .isGreaterThanOrEqualTo(1);
      assertThat(scraped.sum("newsflow_sink_retries_total", flaky)).isGreaterThanOrEqualTo(1);
      assertThat(scraped.sum("newsflow_sink_write_duration_seconds_count", flaky)).isGreaterThanOrEqualTo(1);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "sink", "outcome", "in")))
          .isEqualTo(ARTICLES + 1);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "sink", "outcome", "out"))).isEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "sink", "outcome", "failed"))).isEqualTo(1);
      assertThat(scraped.sum("newsflow_dlq_records_total", Map.of("stage", "sink"))).isEqualTo(1);
      assertThat(scraped.sum("newsflow_end_to_end_latency_seconds_count", Map.of("point", "stored")))
          .isEqualTo(ARTICLES);
      // The consumer's and producer's own metrics through Micrometer's Kafka client binder.
      assertThat(scraped.names()).anyMatch(name -> name.startsWith("kafka_consumer_"))
          .anyMatch(name -> name.startsWith("kafka_producer_"));
    }
  }

  private JsonNode readyBody(OpsServer server) {
    try {
      return json.readTree(get(server, "/ready").body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> get(OpsServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A store that is down until the test says otherwise. */
  private static final class SwitchableStore implements ArticleStore {
    volatile boolean down = true;
    final List<EnrichedArticle> stored = new CopyOnWriteArrayList<>();

    @Override
    public void write(List<EnrichedArticle> batch) {
      if (down) {
        throw new IllegalStateException("store down");
      }
      stored.addAll(batch);
    }

    @Override
    public void delete(java.util.Collection<String> ids) {
      throw new UnsupportedOperationException("no tombstones in this test");
    }

    @Override
    public String name() {
      return "switchable";
    }

    @Override
    public void close() {}
  }
}
