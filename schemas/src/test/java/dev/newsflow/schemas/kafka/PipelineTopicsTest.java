package dev.newsflow.schemas.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineTopicsTest {

  private static final String REGISTRY = "mock://pipeline-topics-test";

  @AfterEach
  void dropRegistry() {
    SchemaRegistryClients.dropScope("pipeline-topics-test");
  }

  @Test
  void shouldCarryEachTopicsNameWithSerdesThatRoundTripItsRecords() {
    PipelineTopics topics = PipelineTopics.of(new TopicNames("in", "out", "dead"),
        Map.of("schema.registry.url", REGISTRY));
    RawArticle raw = RawArticle.newBuilder().setId("a1").setSourceId("s").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent("Body.").setFetchedAt(Instant.parse("2026-12-01T00:00:00Z"))
        .setHints(Map.of()).build();

    byte[] bytes = topics.raw().valueSerializer().serialize(topics.raw().name(), raw);

    assertThat(topics.raw().name()).isEqualTo("in");
    assertThat(topics.enriched().name()).isEqualTo("out");
    assertThat(topics.dlq().name()).isEqualTo("dead");
    assertThat(bytes[0]).as("Confluent wire format magic byte").isZero();
    assertThat(topics.raw().valueDeserializer().deserialize("in", bytes)).isEqualTo(raw);
    assertThat(topics.raw().record("a1", raw).topic()).isEqualTo("in");
    assertThat(topics.dlq().valueSerializer().serialize("dead", new byte[] {1, 2})).containsExactly(1, 2);
  }

  @Test
  void shouldNameStagesAsHeadersAndMetricsDo() {
    assertThat(Stage.CLEAN.id()).isEqualTo("clean");
    assertThat(Stage.DESERIALIZE.id()).isEqualTo("deserialize");
    assertThat(Stage.SINK).hasToString("sink");
  }
}
