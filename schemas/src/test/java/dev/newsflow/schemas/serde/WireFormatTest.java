package dev.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.MockSchemaRegistryClient;
import dev.newsflow.schemas.registry.RegistrySnapshot;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  private static final String SCOPE = "wire-format-test";
  private static final String TOPIC = "news.raw";
  private static final Map<String, Object> CONFIG = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

  /** Small enough to encode by hand; every kind of field appears once. */
  private static final RawArticle SMALL = RawArticle.newBuilder()
      .setId("a1")
      .setSourceId("s")
      .setSourceType(SourceType.FEED)     // enum index 2
      .setUrl(null)                       // union branch 0
      .setContentType(ContentType.TEXT)   // enum index 1
      .setContent("hi")
      .setTitle("T")                      // union branch 1
      .setPublishedAt(null)               // union branch 0
      .setFetchedAt(Instant.ofEpochMilli(1000))
      .setHints(Map.of("k", "v"))
      .build();

  @AfterEach
  void dropScope() {
    SchemaRegistryClients.dropScope(SCOPE);
  }

  @Test
  void shouldWriteMagicByteIdAndAvroBinaryExactlyAsSpecified() {
    byte[] expected = bytes(
        0x00, 0x00, 0x00, 0x00, 0x01,   // magic byte, schema id 1 big-endian
        0x04, 'a', '1',                 // id: length 2 (zigzag 4), bytes
        0x02, 's',                      // sourceId
        0x04,                           // sourceType FEED: index 2 (zigzag 4)
        0x00,                           // url: null branch
        0x02,                           // contentType TEXT: index 1
        0x04, 'h', 'i',                 // content
        0x02, 0x02, 'T',                // title: string branch, length 1, "T"
        0x00,                           // publishedAt: null branch
        0xD0, 0x0F,                     // fetchedAt 1000: zigzag 2000 as varint
        0x02, 0x02, 'k', 0x02, 'v', 0x00 // hints: block of 1 entry, "k" -> "v", end of map
    );

    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false)) {
      assertThat(serializer.serialize(TOPIC, SMALL)).containsExactly(expected);
    }
  }

  @Test
  void shouldEncodeBodyLikeAnIndependentGenericEncodingOfTheReleasedSchema() throws IOException {
    Schema released = previousSchema("RawArticle");
    GenericRecord generic = new GenericData.Record(released);
    generic.put("id", "a1");
    generic.put("sourceId", "s");
    generic.put("sourceType", new GenericData.EnumSymbol(released.getField("sourceType").schema(), "FEED"));
    generic.put("url", null);
    generic.put("contentType", new GenericData.EnumSymbol(released.getField("contentType").schema(), "TEXT"));
    generic.put("content", "hi");
    generic.put("title", "T");
    generic.put("publishedAt", null);
    generic.put("fetchedAt", 1000L);
    generic.put("hints", Map.of("k", "v"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(released).write(generic, encoder);
    encoder.flush();

    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false)) {
      byte[] framed = serializer.serialize(TOPIC, SMALL);
      assertThat(Arrays.copyOfRange(framed, WireFormat.HEADER_LENGTH, framed.length))
          .containsExactly(out.toByteArray());
    }
  }

  @Test
  void shouldWriteSchemaIdBigEndian() {
    // A registry whose next id is 0x01020304, so every id byte is distinct.
    InMemorySchemaStore store = InMemorySchemaStore.fromSnapshot(
        new RegistrySnapshot(RegistrySnapshot.FORMAT_VERSION, "BACKWARD", 0x01020304, List.of(), List.of()));

    try (AvroSerializer<RawArticle> serializer = new AvroSerializer<>(new MockSchemaRegistryClient(store))) {
      byte[] framed = serializer.serialize(TOPIC, SMALL);

      assertThat(Arrays.copyOf(framed, 5)).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04);
      assertThat(WireFormat.schemaId(framed)).isEqualTo(0x01020304);
    }
  }

  @Test
  void shouldRoundTripAFullyPopulatedRecord() {
    RawArticle article = TestArticles.rawArticle();

    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false);
       AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      RawArticle read = deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, article));

      assertThat(read).isEqualTo(article);
      assertThat(read.getFetchedAt()).isEqualTo(article.getFetchedAt());
    }
  }

  @Test
  void shouldPassNullThroughBothWays() {
    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false);
       AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      assertThat(serializer.serialize(TOPIC, null)).isNull();
      assertThat(deserializer.deserialize(TOPIC, null)).isNull();
    }
  }

  @Test
  void shouldRejectUnknownMagicByte() {
    try (AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes(0x01, 0, 0, 0, 1, 0x04, 'a', '1')))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("Unknown magic byte 0x01");
    }
  }

  @Test
  void shouldRejectPayloadShorterThanHeader() {
    try (AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes(0x00, 0x00, 0x01)))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("too short");
      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
          .isInstanceOf(SerializationException.class);
    }
  }

  @Test
  void shouldRejectUnknownSchemaId() {
    try (AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes(0x00, 0, 0, 0, 99, 0x04, 'a', '1')))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("Unknown schema id 99");
    }
  }

  @Test
  void shouldRejectTruncatedAvroBody() {
    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false);
       AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      byte[] framed = serializer.serialize(TOPIC, SMALL);

      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, Arrays.copyOf(framed, framed.length - 3)))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("Corrupt Avro data for schema id 1");
    }
  }

  @Test
  void shouldRejectBytesLeftOverAfterTheRecord() {
    try (AvroSerializer<RawArticle> serializer = configuredSerializer(false);
       AvroDeserializer<RawArticle> deserializer = configuredDeserializer()) {
      byte[] framed = serializer.serialize(TOPIC, SMALL);
      byte[] padded = Arrays.copyOf(framed, framed.length + 2);

      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, padded))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("left over");
    }
  }

  @Test
  void shouldUseKeySubjectWhenConfiguredForKeys() {
    try (AvroSerializer<RawArticle> serializer = configuredSerializer(true)) {
      serializer.serialize(TOPIC, SMALL);

      assertThat(SchemaRegistryClients.mockScope(SCOPE).subjects()).containsExactly(TOPIC + "-key");
    }
  }

  private static AvroSerializer<RawArticle> configuredSerializer(boolean isKey) {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(CONFIG, isKey);
    return serializer;
  }

  private static AvroDeserializer<RawArticle> configuredDeserializer() {
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class);
    deserializer.configure(CONFIG, false);
    return deserializer;
  }

  static Schema previousSchema(String name) throws IOException {
    try (InputStream in = WireFormatTest.class.getResourceAsStream("/schemas/previous/" + name + ".avsc")) {
      assertThat(in).as("previous schema of " + name).isNotNull();
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }
}
