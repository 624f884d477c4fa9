package dev.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.registry.MockSchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private static final String SCOPE = "avro-serde-test";
  private static final String TOPIC = "news.raw";

  @AfterEach
  void dropScope() {
    SchemaRegistryClients.dropScope(SCOPE);
  }

  @Test
  void shouldRoundTripEnrichedArticleWithEntitiesAndTopics() {
    EnrichedArticle article = TestArticles.enrichedArticle();

    try (AvroSerde<EnrichedArticle> serde = AvroSerde.forClass(EnrichedArticle.class, config(), false)) {
      byte[] bytes = serde.serializer().serialize("news.enriched", article);
      EnrichedArticle read = serde.deserializer().deserialize("news.enriched", bytes);

      assertThat(read).isEqualTo(article);
      assertThat(read.getEntities()).extracting(e -> e.getName()).containsExactly("Angela Merkel", "Paris");
      assertThat(read.getTopics().get(0).getCode()).isEqualTo("medtop:11000000");
    }
  }

  @Test
  void shouldFailWithoutAutoRegisterWhenSchemaIsNotRegistered() {
    Map<String, Object> config = config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false");

    try (AvroSerde<RawArticle> serde = AvroSerde.forClass(RawArticle.class, config, false)) {
      assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, TestArticles.rawArticle()))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("looking up")
          .hasMessageContaining(TOPIC + "-value");
    }
  }

  @Test
  void shouldUseRegisteredIdWithoutAutoRegister() {
    int id = SchemaRegistryClients.mockScope(SCOPE).register(TOPIC + "-value", RawArticle.getClassSchema());

    try (AvroSerde<RawArticle> serde = AvroSerde.forClass(RawArticle.class,
        config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false)) {
      byte[] bytes = serde.serializer().serialize(TOPIC, TestArticles.rawArticle());

      assertThat(WireFormat.schemaId(bytes)).isEqualTo(id);
    }
  }

  @Test
  void shouldWriteWithLatestVersionWhenUseLatestVersionIsSet() throws IOException {
    Schema newer = withExtraField(RawArticle.getClassSchema());
    int newerId = SchemaRegistryClients.mockScope(SCOPE).register(TOPIC + "-value", newer);
    Map<String, Object> config = config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false");
    config.put(AvroSerdeConfig.USE_LATEST_VERSION, "true");
    RawArticle article = TestArticles.rawArticle();

    try (AvroSerde<RawArticle> serde = AvroSerde.forClass(RawArticle.class, config, false)) {
      byte[] bytes = serde.serializer().serialize(TOPIC, article);

      assertThat(WireFormat.schemaId(bytes)).isEqualTo(newerId);
      GenericRecord asNewer = new GenericDatumReader<GenericRecord>(newer).read(null, DecoderFactory.get()
          .binaryDecoder(Arrays.copyOfRange(bytes, WireFormat.HEADER_LENGTH, bytes.length), null));
      assertThat(asNewer.get("region")).hasToString("unknown");
      assertThat(asNewer.get("id")).hasToString(article.getId());
      assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(article);
    }
  }

  @Test
  void shouldReadOlderWriterSchemaIntoCurrentClass() {
    // Written with a newer schema (an extra field), read by today's class: the field is skipped.
    MockSchemaRegistryClient registry = SchemaRegistryClients.mockScope(SCOPE);
    registry.register(TOPIC + "-value", withExtraField(RawArticle.getClassSchema()));
    Map<String, Object> config = config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
    config.put(AvroSerdeConfig.USE_LATEST_VERSION, true);
    RawArticle article = TestArticles.rawArticle();

    try (AvroSerializer<RawArticle> writer = new AvroSerializer<>();
       AvroDeserializer<RawArticle> reader = new AvroDeserializer<>(RawArticle.class)) {
      writer.configure(config, false);
      reader.configure(config(), false);

      assertThat(reader.deserialize(TOPIC, writer.serialize(TOPIC, article))).isEqualTo(article);
    }
  }

  @Test
  void shouldRejectRecordOfAnotherTypeWithClearMessage() {
    try (AvroSerde<EnrichedArticle> enriched = AvroSerde.forClass(EnrichedArticle.class, config(), false);
       AvroSerde<RawArticle> raw = AvroSerde.forClass(RawArticle.class, config(), false)) {
      byte[] bytes = enriched.serializer().serialize("news.enriched", TestArticles.enrichedArticle());

      assertThatThrownBy(() -> raw.deserializer().deserialize("news.enriched", bytes))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("cannot be read as dev.newsflow.schema.RawArticle");
    }
  }

  @Test
  void shouldReadGeneratedClassByWriterSchemaNameWhenBuiltByName() {
    try (AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
       AvroDeserializer<RawArticle> byName = new AvroDeserializer<>()) {
      serializer.configure(config(), false);
      byName.configure(config(AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);

      Object read = byName.deserialize(TOPIC, serializer.serialize(TOPIC, TestArticles.rawArticle()));

      assertThat(read).isInstanceOf(RawArticle.class).isEqualTo(TestArticles.rawArticle());
    }
  }

  @Test
  void shouldRequireSpecificAvroReaderWhenBuiltByName() {
    try (AvroDeserializer<RawArticle> byName = new AvroDeserializer<>()) {
      assertThatThrownBy(() -> byName.configure(config(), false))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(AvroSerdeConfig.SPECIFIC_AVRO_READER);
    }
  }

  @Test
  void shouldRejectMissingRegistryUrlWithClearMessage() {
    assertThatThrownBy(() -> new AvroSerdeConfig(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url is required");
  }

  @Test
  void shouldRejectUnsupportedSettings() {
    assertThatThrownBy(() -> new AvroSerdeConfig(config(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
        "io.confluent.kafka.serializers.subject.RecordNameStrategy")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TopicNameStrategy");
    assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "localhost:8081")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("http://");
    assertThatThrownBy(() -> new AvroSerdeConfig(config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "yes")))
        .isInstanceOf(ConfigException.class).hasMessageContaining(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS);
    assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL,
        "mock://a,http://localhost:8081")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mock://");
  }

  @Test
  void shouldRequireUserInfoWhenCredentialsSourceIsUserInfo() {
    Map<String, Object> config = config(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
    assertThatThrownBy(() -> new AvroSerdeConfig(config))
        .isInstanceOf(ConfigException.class).hasMessageContaining(AvroSerdeConfig.BASIC_AUTH_USER_INFO);

    config.put(AvroSerdeConfig.SR_BASIC_AUTH_USER_INFO, "fred:secret");
    assertThat(new AvroSerdeConfig(config).basicAuthUserInfo()).contains("fred:secret");
  }

  @Test
  void shouldIgnoreUserInfoSettingWhenCredentialsComeFromUrl() {
    AvroSerdeConfig config = new AvroSerdeConfig(config(AvroSerdeConfig.BASIC_AUTH_USER_INFO, "fred:secret"));

    assertThat(config.basicAuthUserInfo()).isEmpty();
    assertThat(config.autoRegisterSchemas()).isTrue();
    assertThat(config.useLatestVersion()).isFalse();
    assertThat(config.specificAvroReader()).isFalse();
    assertThat(config.latestCacheTtl()).isEmpty();
  }

  private static Map<String, Object> config() {
    Map<String, Object> config = new HashMap<>();
    config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);
    return config;
  }

  private static Map<String, Object> config(String key, Object value) {
    Map<String, Object> config = config();
    config.put(key, value);
    return config;
  }

  /** The schema plus a string field "region" with default "unknown": a BACKWARD-compatible change. */
  static Schema withExtraField(Schema schema) {
    String json = schema.toString();
    String extended = json.substring(0, json.lastIndexOf(']'))
        + ",{\"name\":\"region\",\"type\":\"string\",\"default\":\"unknown\"}]}";
    return new Schema.Parser().parse(extended);
  }
}
