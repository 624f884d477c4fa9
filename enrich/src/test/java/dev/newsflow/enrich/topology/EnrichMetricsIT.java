package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ScrapedMetrics;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service's /metrics and /ready over real HTTP while it runs on the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class EnrichMetricsIT {

  private static final int ARTICLES = 5;
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  @Test
  void shouldExportStageCountsLatenciesDlqAndStreamsMetricsAndTurnReady(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("metrics-it.raw", "metrics-it.enriched", "metrics-it.dlq");
    cluster.createTopics(2, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    EnrichConfig config = EnrichConfig.builder(kafka).topics(topics).applicationId("metrics-it")
        .stateDir(dir.resolve("streams")).build();

    try (ServiceMetrics metrics = new ServiceMetrics();
         EnrichService enrich = new EnrichService(config, EnrichMetrics.of(metrics.registry()));
         OpsServer server = OpsServer.builder(metrics).port(0).readiness("streams", enrich.readiness()).start()) {
      HttpResponse<String> before = get(server, "/ready");
      assertThat(before.statusCode()).isEqualTo(503);
      assertThat(json(before).at("/checks/streams/state").asText()).isEqualTo("CREATED");

      enrich.start(Duration.ofSeconds(60));
      HttpResponse<String> after = get(server, "/ready");
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(json(after).at("/checks/streams/state").asText()).isEqualTo("RUNNING");

      publish(kafka, topics.raw());
      assertThat(TopicReader.readCommitted(kafka.clientConfig(), topics.enriched(), ARTICLES, Duration.ofSeconds(60)))
          .hasSize(ARTICLES);
      assertThat(TopicReader.readCommitted(kafka.clientConfig(), topics.dlq(), 1, Duration.ofSeconds(30)))
          .hasSize(1);

      // Meters are counted as records are processed; the scrape shows them without waiting for a refresh.
      Await.until("the dead letter was counted", () -> scrape(server).sum("newsflow_dlq_records_total",
          Map.of("stage", "deserialize")) >= 1, Duration.ofSeconds(30));
      ScrapedMetrics scraped = scrape(server);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "in")))
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "out")))
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "dedupe", "outcome", "out")))
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_stage_duration_seconds_count", Map.of("stage", "clean")))
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_end_to_end_latency_seconds_count", Map.of("point", "enriched")))
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(scraped.sum("newsflow_dlq_records_total", Map.of("stage", "deserialize"))).isEqualTo(1);
      assertThat(scraped.has("newsflow_dedupe_decisions_total")).isTrue();
      // Kafka Streams' own metrics through Micrometer's binder (thread-level ones exist from the start).
      assertThat(scraped.names()).anyMatch(name -> name.startsWith("kafka_stream_thread_"));
      assertThat(scraped.names()).contains("jvm_memory_used_bytes", "process_cpu_usage");
    }
  }

  private void publish(KafkaSettings kafka, String topic) throws Exception {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(kafka.clientConfig(), false);
    try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(kafka.clientConfig(),
             new StringSerializer(), serializer);
         KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(),
             new ByteArraySerializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        String id = "metrics-" + i;
        producer.send(new ProducerRecord<>(topic, id, RawArticle.newBuilder().setId(id).setSourceId("it")
            .setSourceType(SourceType.FILE).setContentType(ContentType.TEXT)
            .setContent("Story number " + i + "\nSomething happened in town number " + i + " today.")
            .setFetchedAt(Instant.now()).build())).get();
      }
      raw.send(new ProducerRecord<>(topic, "bad".getBytes(StandardCharsets.UTF_8),
          "not avro".getBytes(StandardCharsets.UTF_8))).get();
    }
  }

  private ScrapedMetrics scrape(OpsServer server) {
    try {
      HttpResponse<String> response = get(server, "/metrics");
      assertThat(response.statusCode()).isEqualTo(200);
      return ScrapedMetrics.parse(response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> get(OpsServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return new ObjectMapper().readTree(response.body());
  }
}
