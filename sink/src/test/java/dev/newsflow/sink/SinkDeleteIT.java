package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.sink.store.DuckDbFixture;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 16, item 3: tombstones on the enriched topic used to be skipped like unreadable records. */
@ExtendWith(NewsflowClusterExtension.class)
class SinkDeleteIT {

  @Test
  void shouldDeleteTheArticleOfATombstoneAndDeadLetterOneWithoutKey(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("sink-delete.raw", "sink-delete.enriched", "sink-delete.dlq");
    cluster.createTopics(1, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Map<String, Object> config = kafka.clientConfig();
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
             new KafkaProducer<>(config, new StringSerializer(), serializer);
         KafkaProducer<byte[], byte[]> raw =
             new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.enriched(), "a", TestArticles.article("a", "First"))).get();
      producer.send(new ProducerRecord<>(topics.enriched(), "b", TestArticles.article("b", "Second"))).get();
      raw.send(new ProducerRecord<>(topics.enriched(), "a".getBytes(StandardCharsets.UTF_8), null)).get();
      raw.send(new ProducerRecord<>(topics.enriched(), null, null)).get();
    }

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (DuckDbFixture db = new DuckDbFixture()) {
      SinkConfig sinkConfig = SinkConfig.defaults(kafka).withTopics(topics).withGroupId("sink-delete");
      try (SinkService sink = new SinkService(sinkConfig, db.open(), registry)) {
        sink.start();
        Await.until("a deleted, b stored, the keyless tombstone dead-lettered", () -> sink.deleted() == 1
            && sink.deadLettered() == 1 && storedIds(db).equals(List.of(List.of("b"))), Duration.ofSeconds(60));
      }
      assertThat(db.query("SELECT count(*) FROM article_entities WHERE article_id = 'a'"))
          .containsExactly(List.of(0L));
      assertThat(db.query("SELECT count(*) FROM article_topics WHERE article_id = 'a'"))
          .containsExactly(List.of(0L));
    }
    assertThat(registry.get("newsflow.deletes").tag("stage", SinkService.STAGE).counter().count()).isEqualTo(1.0);

    List<ConsumerRecord<byte[], byte[]>> dead = SinkServiceIT.readAll(kafka, topics.dlq(), 1);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).key()).isNull();
    assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_MESSAGE)).contains("tombstone without a key");
  }

  private static List<List<Object>> storedIds(DuckDbFixture db) {
    try {
      return db.query("SELECT id FROM articles ORDER BY id");
    } catch (Exception e) {
      return List.of(); // the sink has not created the table yet
    }
  }
}
