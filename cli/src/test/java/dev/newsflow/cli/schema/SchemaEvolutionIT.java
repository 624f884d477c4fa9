package dev.newsflow.cli.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.registry.SchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.schemas.serde.WireFormat;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schema evolution through the real registry (over HTTP) and broker with our serdes: a producer on the next
 * RawArticle version (a new optional field; records built as GenericRecords of a schema written here) and the
 * current producer and consumer keep working side by side; a producer on an incompatible version is refused by
 * the registry, says why, and writes nothing.
 */
@ExtendWith(NewsflowClusterExtension.class)
class SchemaEvolutionIT {

  private static final String TOPIC = "evolve.raw";
  private static final String SUBJECT = TOPIC + "-value";

  @Test
  void shouldKeepOldAndNextVersionWorkingAndRefuseAnIncompatibleOne(TestCluster cluster) throws Exception {
    cluster.createTopics(1, TOPIC);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Schema next = withField(RawArticle.getClassSchema(),
        "{\"name\":\"paywalled\",\"type\":[\"null\",\"boolean\"],\"default\":null}");
    Schema incompatible = withField(RawArticle.getClassSchema(), "{\"name\":\"wordCount\",\"type\":\"int\"}");

    try (ArticlePublisher current = new ArticlePublisher(kafka, TOPIC);
        KafkaProducer<String, SchemaRecord> nextProducer = producer(kafka);
        KafkaProducer<String, SchemaRecord> badProducer = producer(kafka)) {
      current.publish(article("a", "first on the current version")).get(30, TimeUnit.SECONDS);
      GenericData.Record b = record(next, "b", "written by the next version");
      b.put("paywalled", true);
      nextProducer.send(new ProducerRecord<>(TOPIC, "b", new SchemaRecord(b))).get(30, TimeUnit.SECONDS);
      current.publish(article("c", "current version again")).get(30, TimeUnit.SECONDS);

      GenericData.Record bad = record(incompatible, "d", "never written");
      bad.put("wordCount", 3);
      assertThatThrownBy(() -> badProducer.send(new ProducerRecord<>(TOPIC, "d", new SchemaRecord(bad))))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("Error registering Avro schema dev.newsflow.schema.RawArticle for subject " + SUBJECT)
          .hasMessageContaining("incompatible");
    }

    List<ConsumerRecord<byte[], byte[]>> records =
        TopicReader.readCommitted(kafka.clientConfig(), TOPIC, 3, Duration.ofSeconds(30));
    assertThat(records).hasSize(3);
    try (AvroDeserializer<RawArticle> old = new AvroDeserializer<>(RawArticle.class)) {
      old.configure(kafka.clientConfig(), false);
      List<RawArticle> read = records.stream().map(r -> old.deserialize(TOPIC, r.value())).toList();
      assertThat(read).extracting(RawArticle::getId).containsExactly("a", "b", "c");
      assertThat(read).extracting(RawArticle::getContent).containsExactly("first on the current version",
          "written by the next version", "current version again");
    }
    SchemaRegistryClient registry = SchemaRegistryClients.create(kafka.schemaRegistryUrl(), Map.of());
    try {
      assertThat(registry.getLatest(SUBJECT).version()).as("versions of " + SUBJECT).isEqualTo(2);
      assertThat(registry.getLatest(SUBJECT).schema().getField("paywalled")).isNotNull();
      int nextId = WireFormat.schemaId(records.get(1).value());
      assertThat(nextId).isNotEqualTo(WireFormat.schemaId(records.get(0).value()))
          .isEqualTo(registry.getLatest(SUBJECT).id());
    } finally {
      registry.close();
    }
  }

  private static KafkaProducer<String, SchemaRecord> producer(KafkaSettings kafka) {
    AvroSerializer<SchemaRecord> serializer = new AvroSerializer<>();
    serializer.configure(kafka.clientConfig(), false);
    return new KafkaProducer<>(kafka.clientConfig(), new StringSerializer(), serializer);
  }

  private static RawArticle article(String id, String content) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.OTHER).setContent(content)
        .setContentType(ContentType.TEXT).setFetchedAt(Instant.parse("2026-11-01T00:00:00Z")).setHints(Map.of())
        .build();
  }

  /** A raw article as a GenericRecord of {@code schema}; the caller sets the fields the schema adds. */
  private static GenericData.Record record(Schema schema, String id, String content) {
    GenericData.Record record = new GenericData.Record(schema);
    record.put("id", id);
    record.put("sourceId", "test");
    record.put("sourceType", new GenericData.EnumSymbol(schema.getField("sourceType").schema(), "OTHER"));
    record.put("contentType", new GenericData.EnumSymbol(schema.getField("contentType").schema(), "TEXT"));
    record.put("content", content);
    record.put("fetchedAt", Instant.parse("2026-11-01T00:00:00Z").toEpochMilli());
    record.put("hints", Map.of());
    return record;
  }

  /** The schema with one more field, written as JSON as a schema author would. */
  private static Schema withField(Schema schema, String fieldJson) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = (ObjectNode) json.readTree(schema.toString());
    ((ArrayNode) node.get("fields")).add(json.readTree(fieldJson));
    return new Schema.Parser().parse(node.toString());
  }

  /**
   * Hands a GenericRecord to our serializer, which takes specific records: the record's own schema is what gets
   * registered and written, as with a class generated from the next schema.
   */
  static final class SchemaRecord extends SpecificRecordBase {
    private final GenericData.Record record;

    SchemaRecord(GenericData.Record record) {
      this.record = record;
    }

    @Override
    public Schema getSchema() {
      return record.getSchema();
    }

    @Override
    public Object get(int field) {
      return record.get(field);
    }

    @Override
    public void put(int field, Object value) {
      record.put(field, value);
    }
  }
}
