package dev.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.Topic;
import dev.newsflow.schemas.registry.RestSchemaRegistryClient;
import dev.newsflow.schemas.serde.AvroSerdeConfig;
import dev.newsflow.schemas.serde.WireFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client in another language registers the contract from the {@code .avsc} files; our producers must then
 * write with that very version, not register a second one that differs only in {@code avro.java.string}
 * (issue 16, item 6). Against the embedded registry over HTTP.
 */
class AvscRegisteredSchemaTest {

  private static final Path AVRO = Path.of("../schemas/src/main/avro");

  private static EmbeddedSchemaRegistry registry;
  private static RestSchemaRegistryClient thirdParty;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedSchemaRegistry.start();
    thirdParty = RestSchemaRegistryClient.builder(registry.url()).build();
  }

  @AfterAll
  static void stopRegistry() {
    thirdParty.close();
    registry.close();
  }

  @Test
  void shouldWriteWithTheVersionRegisteredFromTheAvscFile() throws IOException {
    int id = thirdParty.register("avsc.raw-value", fromAvsc("RawArticle.avsc"));

    Topic<String, RawArticle> topic = PipelineTopics.raw("avsc.raw", config());
    try (Serde<RawArticle> serde = topic.valueSerde()) {
      byte[] bytes = serde.serializer().serialize("avsc.raw", raw());

      assertThat(WireFormat.schemaId(bytes)).isEqualTo(id);
      assertThat(thirdParty.getLatest("avsc.raw-value").version()).isEqualTo(1);
      assertThat(serde.deserializer().deserialize("avsc.raw", bytes)).isEqualTo(raw());
    }
  }

  @Test
  void shouldRegisterTheEnrichedSchemaAsTheAvscDefinesIt() throws IOException {
    try (Serde<EnrichedArticle> serde = PipelineTopics.enriched("avsc.enriched", config()).valueSerde()) {
      serde.serializer().serialize("avsc.enriched", EnrichedArticle.newBuilder().setId("e1").setSourceId("s")
          .setSourceType(SourceType.FILE).setFetchedAt(Instant.EPOCH).setEnrichedAt(Instant.EPOCH).setText("")
          .setContentHash("").setPipelineVersion("t").build());
    }

    Schema registered = thirdParty.getLatest("avsc.enriched-value").schema();
    assertThat(registered.toString()).doesNotContain("avro.java.string");
    assertThat(registered).isEqualTo(fromAvsc("EnrichedArticle.avsc"));
  }

  /** What Confluent's default does, and what our producers did before: a second version of the same contract. */
  @Test
  void shouldRegisterASecondVersionWhenJavaPropertiesAreKept() throws IOException {
    thirdParty.register("kept.raw-value", fromAvsc("RawArticle.avsc"));
    Map<String, Object> keep = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        AvroSerdeConfig.AVRO_REMOVE_JAVA_PROPERTIES, false);

    try (Serde<RawArticle> serde = PipelineTopics.raw("kept.raw", keep).valueSerde()) {
      serde.serializer().serialize("kept.raw", raw());
    }

    assertThat(thirdParty.getLatest("kept.raw-value").version()).isEqualTo(2);
  }

  /** The schema as a client without our generated classes reads it: the shared enums first, then the record. */
  private static Schema fromAvsc(String file) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    parser.parse(AVRO.resolve("SourceType.avsc").toFile());
    parser.parse(AVRO.resolve("ContentType.avsc").toFile());
    return parser.parse(AVRO.resolve(file).toFile());
  }

  private static RawArticle raw() {
    return RawArticle.newBuilder().setId("0123456789abcdef0123456789abcdef").setSourceId("push")
        .setSourceType(SourceType.PUSH).setContentType(ContentType.TEXT).setContent("Body.")
        .setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
  }

  private static Map<String, Object> config() {
    return Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
  }
}
