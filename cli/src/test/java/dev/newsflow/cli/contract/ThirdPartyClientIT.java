package dev.newsflow.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data contract as a client nobody on the team wrote sees it (issue 16, "Third-party client test"): kafkajs
 * with Confluent's schema registry client registers RawArticle from the {@code .avsc}, produces an HTML article, a
 * TEXT article without a key and a tombstone to the real pipeline (embedded broker and registry, enrich, a sink),
 * then reads the enriched topic with its default consumer settings and decodes every record. Checked here: every
 * field decodes to what our own deserializer reads, the TEXT body and title survive, keys are the ids, the delete
 * reaches the enriched topic, and the sink's group has no lag left (Kafka's admin API, as kafka-consumer-groups).
 */
@ExtendWith(NewsflowClusterExtension.class)
class ThirdPartyClientIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SINK_GROUP = "third-party-sink";

  @TempDir
  Path dir;

  @Test
  void shouldServeAJavaScriptClientEndToEnd(TestCluster cluster) throws Exception {
    NodeClient node = NodeClient.install();
    TopicNames topics = new TopicNames("js.raw", "js.enriched", "js.dlq");
    cluster.createTopics(3, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Map<String, String> env = Map.of("NEWSFLOW_BOOTSTRAP", cluster.bootstrapServers(),
        "NEWSFLOW_REGISTRY", cluster.schemaRegistryUrl(), "NEWSFLOW_RAW_TOPIC", topics.raw(),
        "NEWSFLOW_ENRICHED_TOPIC", topics.enriched(),
        "NEWSFLOW_AVSC_DIR", Path.of("../schemas/src/main/avro").toAbsolutePath().toString());

    EnrichConfig enrichConfig = EnrichConfig.builder(kafka).topics(topics).applicationId("third-party-enrich")
        .stateDir(dir.resolve("streams")).build();
    SoftAssertions softly = new SoftAssertions();
    try (EnrichService enrich = new EnrichService(enrichConfig);
         SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics).withGroupId(SINK_GROUP),
             new JsonLinesStore(dir.resolve("sink.jsonl")))) {
      enrich.start(Duration.ofSeconds(60));
      sink.start();

      JsonNode produced = JSON.readTree(node.run("produce", env));
      String htmlId = produced.get("html").asText();
      String textId = produced.get("text").asText();

      List<ConsumerRecord<byte[], byte[]>> enriched = readEnriched(kafka, topics.enriched(), htmlId, textId);
      Map<String, String> jsEnv = new HashMap<>(env);
      jsEnv.put("NEWSFLOW_EXPECTED", String.valueOf(enriched.size()));
      JsonNode output = JSON.readTree(node.run("consume", jsEnv));
      JsonNode consumed = output.get("records");
      System.out.println("THIRD-PARTY client output: " + consumed.size() + " records, keys "
          + StreamSupport.stream(consumed.spliterator(), false).map(r -> r.get("key").asText()).toList());

      assertThat(consumed).as("records the JavaScript client read").hasSize(enriched.size());
      assertEveryFieldDecodes(kafka, enriched, consumed);
      for (JsonNode read : output.get("withoutTheLong")) {
        assertThat(read.get("simhashHex").asText()).as("simhashHex read with a reader schema without simhash")
            .isEqualTo(valueOf(consumed, read.get("id").asText()).get("simhashHex").asText()).hasSize(16);
      }
      assertThat(output.get("withoutTheLong")).as("articles read with a reader schema without simhash").hasSize(
          (int) enriched.stream().filter(r -> r.value() != null).count());

      JsonNode text = valueOf(consumed, textId);
      softly.assertThat(text).as("the TEXT article on the enriched topic").isNotNull();
      if (text != null) {
        softly.assertThat(text.get("title").asText()).as("title hint of the TEXT article")
            .isEqualTo(produced.get("textTitle").asText());
        softly.assertThat(text.get("text").asText()).as("text of the TEXT article")
            .contains("approved a budget of 40 million euros");
      }
      for (JsonNode record : consumed) {
        if (!record.get("value").isNull()) {
          softly.assertThat(record.get("key").asText(null)).as("key of enriched article %s",
              record.get("value").get("id").asText()).isEqualTo(record.get("value").get("id").asText());
        }
      }
      softly.assertThat(StreamSupport.stream(consumed.spliterator(), false)
              .filter(r -> r.get("value").isNull()).map(r -> r.get("key").asText(null)).toList())
          .as("tombstones on the enriched topic").containsExactly(htmlId);
      softly.assertThat(sinkLagWhenCaughtUp(kafka, topics.enriched())).as("lag of the sink's consumer group")
          .isZero();
    }
    softly.assertAll();
  }

  /** The enriched records of both articles, and the tombstone if one comes within a grace period. */
  private static List<ConsumerRecord<byte[], byte[]>> readEnriched(KafkaSettings kafka, String topic, String htmlId,
      String textId) {
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(kafka.clientConfig(), topic, 3,
        Duration.ofSeconds(90));
    AvroDeserializer<EnrichedArticle> deserializer = deserializer(kafka);
    Set<String> ids = records.stream().filter(r -> r.value() != null)
        .map(r -> deserializer.deserialize(topic, r.value()).getId()).collect(Collectors.toSet());
    assertThat(ids).as("articles enriched from the JavaScript client's records").contains(htmlId, textId);
    return records;
  }

  /** Every field the JavaScript client decoded equals what our deserializer reads from the same bytes. */
  private static void assertEveryFieldDecodes(KafkaSettings kafka, List<ConsumerRecord<byte[], byte[]>> records,
      JsonNode consumed) {
    AvroDeserializer<EnrichedArticle> deserializer = deserializer(kafka);
    Map<String, JsonNode> decoded = new HashMap<>();
    consumed.forEach(r -> decoded.put(r.get("partition").asText() + "/" + r.get("offset").asText(), r.get("value")));
    for (ConsumerRecord<byte[], byte[]> record : records) {
      JsonNode js = decoded.get(record.partition() + "/" + record.offset());
      assertThat(js).as("record %d/%d as the JavaScript client read it", record.partition(), record.offset())
          .isNotNull();
      if (record.value() == null) {
        assertThat(js.isNull()).as("a tombstone stays a tombstone").isTrue();
        continue;
      }
      EnrichedArticle article = deserializer.deserialize(record.topic(), record.value());
      for (org.apache.avro.Schema.Field field : article.getSchema().getFields()) {
        assertThat(js.has(field.name())).as("field %s decoded by the JavaScript client", field.name()).isTrue();
        assertThat(ContractJson.normalise(js.get(field.name())))
            .as("field %s of article %s", field.name(), article.getId())
            .isEqualTo(ContractJson.of(article.get(field.name())));
      }
    }
  }

  /** The sink group's lag as kafka-consumer-groups computes it (log end offset minus committed offset). */
  private static long sinkLagWhenCaughtUp(KafkaSettings kafka, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      long[] lag = {-1};
      try {
        Await.until("the sink group's lag reaches 0", () -> (lag[0] = lag(admin, topic)) == 0, Duration.ofSeconds(30));
      } catch (AssertionError stillLagging) {
        // the soft assertion reports the lag left
      }
      return lag[0];
    }
  }

  private static long lag(Admin admin, String topic) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(SINK_GROUP).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
          .get(topic).partitions().stream()
          .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
      long lag = 0;
      for (var end : admin.listOffsets(partitions).all().get().entrySet()) {
        OffsetAndMetadata offset = committed.get(end.getKey());
        lag += end.getValue().offset() - (offset == null ? 0 : offset.offset());
      }
      return lag;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the sink group's offsets", e);
    }
  }

  private static JsonNode valueOf(JsonNode consumed, String id) {
    for (JsonNode record : consumed) {
      JsonNode value = record.get("value");
      if (!value.isNull() && Objects.equals(value.get("id").asText(), id)) {
        return value;
      }
    }
    return null;
  }

  private static AvroDeserializer<EnrichedArticle> deserializer(KafkaSettings kafka) {
    AvroDeserializer<EnrichedArticle> deserializer = new AvroDeserializer<>(EnrichedArticle.class);
    deserializer.configure(kafka.clientConfig(), false);
    return deserializer;
  }
}
